import { lessonTotal, outlinePending } from '../../model/block-outline.js';
import type { PageData } from '../../model/runtime-data.js';
import { lessonMark } from '../progress/lesson-mark.js';
import { requiredActivities, type RequiredActivity } from '../progress/required-activities.js';
import type { LearnerState } from '../state/learner-state.js';
import type { ShellElements } from './shell-elements.js';
import { observeNear } from './near-viewport.js';
import type { Translate } from './translate.js';

/** Shows one lesson at a time and keeps the progress display and menu marks current. */
export interface LessonView {
  /** Shows lesson `index`; with `focus`, moves focus to its heading (after a navigation). */
  show(index: number, focus: boolean): void;
  /** Redraws progress, menu marks and button states from the learner state. */
  refresh(state: Readonly<LearnerState>): void;
  /** The index of the lesson shown (-1 before the first `show`): it may still be loading. */
  current(): number;
}

/** Creates the view over the lessons' sections (one per lesson); hides all but the lesson shown. */
export function createLessonView(doc: Document, elements: ShellElements, data: PageData, t: Translate): LessonView {
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
    if (elements.next) elements.next.disabled = index >= lessonTotal(data) - 1;
    elements.menuLinks.forEach((link, i) => {
      if (i === index) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    });
    if (focus) focusHeading(doc, section);
  };

  // Progress is the course's required activities done, not lessons opened: paging through with Next
  // must not read as finished.
  const refresh = (state: Readonly<LearnerState>): void => {
    const where = t('progress.lesson', { current: current + 1, total: lessonTotal(data) });
    // Before a long course's later lessons are known, what is required of them is not: the lesson alone.
    if (outlinePending(data)) {
      if (elements.progressText) elements.progressText.textContent = where;
      return;
    }
    const activities = requiredActivities(data, state);
    const done = activities.filter((activity) => activity.done).length;
    const percent = activities.length === 0 ? 100 : Math.floor((done * 100) / activities.length);
    const counted = t('progress.activities', { done, total: activities.length });
    if (elements.progressText) elements.progressText.textContent = `${where} · ${counted}`;
    if (elements.progressBar) {
      elements.progressBar.setAttribute('aria-valuenow', String(percent));
      elements.progressBar.setAttribute('aria-valuetext', counted);
    }
    if (elements.progressFill) elements.progressFill.style.width = `${percent}%`;
    elements.menuLinks.forEach((link, index) => {
      link.setAttribute('data-state', lessonMark(data, state, index));
      const label = link.querySelector('.cw-menu-mark');
      if (label) label.textContent = lessonLeft(activities, index, t, state.visited.includes(index));
    });
  };

  if (elements.progress) elements.progress.hidden = false;
  if (elements.pager) elements.pager.hidden = false;
  printWhole(doc, () => elements.sections[current]);
  return { show, refresh, current: () => current };
}

/** What the menu says is left in lesson `index`, in words (not only a colour). */
export function lessonLeft(activities: readonly RequiredActivity[], index: number, t: Translate, visited: boolean): string {
  const own = activities.filter((activity) => activity.lesson === index);
  const left = own.filter((activity) => !activity.done).length;
  if (left > 0) return left === 1 ? t('menu.leftOne') : t('menu.leftMany', { count: left });
  return own.length > 0 ? t('menu.done') : visited ? t('menu.visited') : '';
}

/**
 * A printed lesson (or one saved as a PDF) is the whole lesson: its closed sections (`:::details`)
 * open while it prints and close again after.
 */
function printWhole(doc: Document, shown: () => HTMLElement | undefined): void {
  let opened: HTMLDetailsElement[] = [];
  doc.defaultView?.addEventListener('beforeprint', () => {
    // Added to: a second beforeprint before the afterprint finds them open already.
    for (const details of Array.from(shown()?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])) {
      details.open = true;
      opened.push(details);
    }
  });
  doc.defaultView?.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
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
  const observer = observeNear(section.ownerDocument.defaultView ?? window, '400px 0px', (media) => ready(media as HTMLMediaElement));
  if (!observer) return waiting.forEach(ready);
  waiting.forEach((media) => observer.observe(media));
}

