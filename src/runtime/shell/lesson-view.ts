import type { RuntimeData } from '../../model/runtime-data.js';
import { lessonProgress } from '../progress/compute-outcome.js';
import { lessonMark, type LessonMark } from '../progress/lesson-mark.js';
import type { LearnerState } from '../state/learner-state.js';
import type { ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/** Shows one lesson at a time and keeps the progress display and menu marks current. */
export interface LessonView {
  /** Shows lesson `index`; with `focus`, moves focus to its heading (after a navigation). */
  show(index: number, focus: boolean): void;
  /** Redraws progress, menu marks and button states from the learner state. */
  refresh(state: Readonly<LearnerState>): void;
}

const markStrings: Record<LessonMark, string> = { complete: 'menu.complete', visited: 'menu.visited', new: '' };

/** Creates the view over the page's lessons; hides all but the lesson shown. */
export function createLessonView(doc: Document, elements: ShellElements, data: RuntimeData, t: Translate): LessonView {
  const total = elements.sections.length;
  let current = -1;

  const show = (index: number, focus: boolean): void => {
    const section = elements.sections[index];
    if (!section) return;
    current = index;
    for (const other of elements.sections) other.hidden = other !== section;
    preloadWhenNear(section);
    const lesson = data.lessons[index];
    if (lesson) doc.title = t('page.title', { lesson: lesson.title, course: data.course.title });
    if (elements.previous) elements.previous.disabled = index <= 0;
    if (elements.next) elements.next.disabled = index >= total - 1;
    elements.menuLinks.forEach((link, i) => {
      if (i === index) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    });
    if (focus) focusHeading(doc, section);
  };

  const refresh = (state: Readonly<LearnerState>): void => {
    const percent = lessonProgress(total, state);
    const text = `${t('progress.lesson', { current: current + 1, total })} · ${t('progress.percent', { percent })}`;
    if (elements.progressText) elements.progressText.textContent = text;
    if (elements.progressBar) {
      elements.progressBar.setAttribute('aria-valuenow', String(percent));
      elements.progressBar.setAttribute('aria-valuetext', t('progress.percent', { percent }));
    }
    if (elements.progressFill) elements.progressFill.style.width = `${percent}%`;
    elements.menuLinks.forEach((link, index) => {
      const mark = lessonMark(data, state, index);
      link.setAttribute('data-state', mark);
      const label = link.querySelector('.cw-menu-mark');
      if (label) label.textContent = markStrings[mark] ? t(markStrings[mark]) : '';
    });
  };

  elements.menuLinks.forEach((link, index) => {
    const minutes = data.lessons[index]?.minutes;
    if (!minutes || link.querySelector('.cw-menu-minutes')) return;
    const label = doc.createElement('span');
    label.className = 'cw-menu-minutes';
    label.textContent = t('menu.minutes', { minutes });
    link.insertBefore(label, link.querySelector('.cw-menu-mark'));
  });
  if (elements.progress) elements.progress.hidden = false;
  if (elements.pager) elements.pager.hidden = false;
  return { show, refresh };
}

/** Focus goes to the lesson heading, so screen readers announce the new lesson and Tab starts there. */
function focusHeading(doc: Document, section: HTMLElement): void {
  const heading = section.querySelector<HTMLElement>('.cw-lesson-title, h1, h2') ?? section;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  doc.defaultView?.scrollTo(0, 0);
  heading.focus({ preventScroll: true });
}

/**
 * Recordings are built with preload="none" and no default captions: a phone on ward Wi-Fi fetches
 * the first screen, not every lesson's video and captions. Once the learner scrolls near one in the
 * lesson shown, it fetches its metadata (duration, first frame) and turns its first captions on, so it
 * is ready when they press play.
 */
function preloadWhenNear(section: HTMLElement): void {
  const waiting = Array.from(section.querySelectorAll<HTMLMediaElement>('video[preload="none"], audio[preload="none"]'));
  if (waiting.length === 0) return;
  const ready = (media: HTMLMediaElement): void => {
    media.preload = 'metadata';
    // The first captions are on by default; a `default` attribute would have fetched them with the page.
    const captions = media.querySelector<HTMLTrackElement>('track[data-cw-default]');
    if (captions) captions.track.mode = 'showing';
  };
  if (typeof IntersectionObserver === 'undefined') return waiting.forEach(ready);
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      ready(entry.target as HTMLMediaElement);
      observer.unobserve(entry.target);
    }
  }, { rootMargin: '400px 0px' });
  waiting.forEach((media) => observer.observe(media));
}

