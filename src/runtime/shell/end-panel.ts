import { lessonTotal } from '../../model/block-outline.js';
import type { PageData } from '../../model/runtime-data.js';
import { h } from '../blocks/dom/create-element.js';
import type { Outcome } from '../progress/compute-outcome.js';
import type { CourseSession } from '../progress/course-session.js';
import { requiredActivities } from '../progress/required-activities.js';
import { formatPercent } from './format-percent.js';
import { lessonLeft } from './lesson-view.js';
import type { ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/** What the end panel needs. */
export interface EndPanelContext {
  session: CourseSession;
  /** The course data, with the mastery score the learning system judges by. */
  course: PageData;
  elements: ShellElements;
  t: Translate;
  /** Opens lesson `index`, focus on its heading. */
  go(index: number): void;
  /** Called with the ids of the checks a retake reset, to start them afresh on the page. */
  retaken(ids: string[]): void;
}

/** The panel at the end of the lesson the learner is in, once the course is finished or on the last lesson. */
export interface EndPanel {
  /** Where the result notice goes. */
  readonly status: HTMLElement;
  /** Where the completion record goes. */
  readonly extras: HTMLElement;
  /** Redraws the panel for lesson `index`; with `focus`, moves focus to its heading. */
  update(index: number, focus: boolean): void;
}

/** The course is over for now: a final status, or a result below the mastery score with a retake offered. */
export function isFinished(outcome: Outcome): boolean {
  return outcome.status !== 'incomplete' || outcome.retake === true;
}

/**
 * The end of the course, where the learner is rather than at the top of the page: the result
 * (the outcome notice, worded by what the learning system confirmed), the retake of missed
 * checks when one is offered, what is left with links to those lessons, the course's support
 * resources, and the completion record when the course offers one.
 */
export function createEndPanel(context: EndPanelContext): EndPanel {
  const { session, course, t } = context;
  const heading = h('h2', { class: 'cw-end__heading', id: 'cw-end-heading', tabindex: -1 });
  const status = h('div', { class: 'cw-end__status' });
  const retakeText = h('p', { class: 'cw-end__retake' });
  const retake = h('button', { type: 'button', class: 'cw-button cw-button-primary' }, t('end.retakeButton'));
  const retakePart = h('div', {}, retakeText, retake);
  const leftList = h('ul', { class: 'cw-end__left', 'aria-labelledby': 'cw-end-left' });
  const leftPart = h('div', {}, h('p', { id: 'cw-end-left' }, t('end.leftIntro')), leftList);
  const extras = h('div', {});
  const support = supportPart(course, t);
  const panel = h('section', { class: 'cw-end', 'aria-labelledby': 'cw-end-heading', hidden: true }, heading, status, retakePart, leftPart, support, extras);

  retake.addEventListener('click', () => context.retaken(session.retake()));

  const update = (index: number, focus: boolean): void => {
    const outcome = session.outcome;
    const finished = isFinished(outcome);
    panel.hidden = !finished && index !== lessonTotal(course) - 1;
    if (panel.hidden) return;
    const section = context.elements.sections[index];
    section?.append(panel);
    // Not twice on one page: a lesson's content note lists the same support (the course's).
    if (support) support.hidden = !!section?.querySelector('.cw-content-note .cw-support');
    heading.textContent = t(finished ? 'end.result' : 'end.left');
    retakePart.hidden = !outcome.retake;
    const { language } = course.course;
    retakeText.textContent = t('end.retake', { score: formatPercent(outcome.score ?? 0, language), mastery: formatPercent(course.masteryScore ?? 0, language, 'up') });
    const activities = requiredActivities(course, session.state);
    const lessons = course.lessons.map((lesson, i) => ({ lesson, i })).filter(({ i }) => activities.some((a) => a.lesson === i && !a.done));
    leftPart.hidden = finished || lessons.length === 0;
    leftList.replaceChildren(...lessons.map(({ lesson, i }) => {
      const link = h('a', { href: `#lesson-${lesson.id}` }, `${lesson.title} ${lessonLeft(activities, i, t, true)}`);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        context.go(i);
      });
      return h('li', {}, link);
    }));
    if (focus) heading.focus();
  };
  return { status, extras, update };
}

/** The course's support resources, phone numbers and e-mail addresses as links. */
function supportPart(course: PageData, t: Translate): HTMLElement | false {
  const support = course.support;
  if (!support) return false;
  return h('div', { class: 'cw-support' },
    h('h3', { class: 'cw-support__title', id: 'cw-end-support' }, support.title ?? t('support.title')),
    h('ul', { class: 'cw-support__list', 'aria-labelledby': 'cw-end-support' }, ...support.resources.map((resource) => {
      const link = resource.contactLink;
      return h('li', { class: 'cw-support__item' },
        h('p', { class: 'cw-support__name' }, resource.url
          ? h('a', { href: resource.url, target: '_blank', rel: 'noopener noreferrer' }, `${resource.name} `, h('span', { class: 'cw-visually-hidden' }, t('support.newTab')))
          : resource.name),
        resource.contact && h('p', { class: 'cw-support__contact' }, ...(link ? [link.before, h('a', { href: link.href }, link.text), link.after] : [resource.contact])),
        resource.description && h('p', { class: 'cw-support__description' }, resource.description));
    })));
}
