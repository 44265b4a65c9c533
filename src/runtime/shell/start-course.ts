import type { RuntimeBlock, RuntimeData } from '../../model/runtime-data.js';
import type { BlockHost } from '../block-api.js';
import { CourseSession } from '../progress/course-session.js';
import { decodeState, type DecodeStatus } from '../state/state-codec.js';
import { createDeviceStorage } from '../storage/device-storage.js';
import { prefixedStore } from '../storage/key-value-store.js';
import { connectTracker, type FindAdapter } from '../tracking/connect-tracker.js';
import { createAnnouncer } from './announcer.js';
import { createBlockHost } from './block-host.js';
import { createEndPanel, isFinished } from './end-panel.js';
import { wireExit } from './exit-course.js';
import { wireLessonMenu } from './lesson-menu.js';
import { createLessonView } from './lesson-view.js';
import type { BlockLoader } from './block-loader.js';
import { createBlockMounting } from './block-mounting.js';
import { showNotice } from './notices.js';
import { offerCompletionRecord } from './completion-record.js';
import { showOutcome } from './outcome-notice.js';
import { showSaveStatus } from './save-status-view.js';
import { findShellElements } from './shell-elements.js';
import { createTranslator } from './translate.js';

/** How a target's runtime starts the course, beyond finding its learning system. */
export interface StartOptions {
  /**
   * The course is meant to run without a learning system (web target): device storage is the
   * normal place for progress, so the result is worded without "not recorded".
   */
  standalone?: boolean;
}

/** How long the first screen has the network to itself before the other blocks' code is fetched. */
const prefetchDelayMs = 3000;

/** Learner-facing notice for a saved state that could not be restored. */
const restoreNotices: Partial<Record<DecodeStatus, string>> = {
  unreadable: 'state.unreadable',
  'other-structure': 'state.reset',
};

/** The titles of the lessons holding the changed blocks, in course order, quoted and listed. */
function changedLessons(data: RuntimeData, changed: readonly string[]): string {
  const indexes = new Set(data.blocks.filter((block) => changed.includes(block.id)).map((block) => block.lesson));
  return data.lessons.filter((_lesson, index) => indexes.has(index)).map((lesson) => `“${lesson.title}”`).join(', ');
}

/**
 * Starts the course on this page: connects the tracker of the target's standard, restores the
 * learner state, shows the bookmarked lesson, wires navigation, mounts the blocks (their code
 * loaded by `loader` as lessons need it) and keeps the learner told, truthfully, what is saved.
 */
export async function startCourse(win: Window, data: RuntimeData, loader: BlockLoader, findAdapter: FindAdapter, options: StartOptions = {}): Promise<CourseSession> {
  const doc = win.document;
  const elements = findShellElements(doc);
  const t = createTranslator(data.strings, data.course.language);
  const announce = createAnnouncer(elements.live);
  const device = createDeviceStorage(win);
  const { tracker, start, untracked } = await connectTracker(win, device, data, findAdapter);

  const decoded = decodeState(start.state, data);
  const state = decoded.state;
  if (decoded.status !== 'restored' && start.location) {
    const bookmarked = data.lessons.findIndex((lesson) => lesson.id === start.location);
    if (bookmarked >= 0 && decoded.status === 'empty') state.lesson = bookmarked;
  }
  // A mastery score from the launch (cmi5) is the one the learning system judges by.
  const course = start.masteryScore !== undefined ? { ...data, masteryScore: start.masteryScore } : data;
  const session = new CourseSession(course, tracker, state);

  if (untracked === 'no-lms' || untracked === 'lms-refused') showNotice(elements.notices, 'tracking', t(untracked === 'no-lms' ? 'tracking.untracked' : 'tracking.failed'), untracked === 'no-lms' ? 'info' : 'important');
  const restoreNotice = restoreNotices[decoded.status];
  if (restoreNotice) showNotice(elements.notices, 'state', t(restoreNotice), 'important');
  else if (decoded.status === 'updated') showNotice(elements.notices, 'state', t('state.updated', { lessons: changedLessons(data, decoded.changed) }), 'important');
  else if (decoded.status === 'restored' && start.resumed) announce(t('resume.welcome'));
  showSaveStatus(elements, tracker, t, announce);

  const view = createLessonView(doc, elements, course, t);
  // A page turn moves focus to the lesson heading; only an answer that finishes the course moves it to the end panel.
  let turning = false;
  const go = (index: number, focus: boolean): void => {
    turning = true;
    view.show(index, focus);
    mounting.showLesson(index);
    session.visit(index);
    turning = false;
  };
  const learnerPrefix = `cw:${data.course.id}:${start.learnerId ?? 'anonymous'}:`;
  const learnerStore = prefixedStore(device, learnerPrefix);
  const sessionStore = prefixedStore(createDeviceStorage(win, 'sessionStorage'), learnerPrefix);
  const motion = win.matchMedia ? win.matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  const hostFor = (block: RuntimeBlock): BlockHost => createBlockHost(block, {
    session, announce, t, learnerStore, sessionStore, prefersReducedMotion: () => motion?.matches ?? false,
    ...(data.decisions ? { decisions: data.decisions } : {}),
  });
  // Blocks handle pagehide too (a reflection still being typed is saved and reported), before the
  // shell ends the session: the shell's handler moves behind theirs whenever blocks are mounted.
  const leave = (): void => tracker.leave();
  const mounting = createBlockMounting(doc, data.blocks, loader, hostFor, () => {
    win.removeEventListener('pagehide', leave);
    win.addEventListener('pagehide', leave);
  });
  // The page as built, kept for the graded checks a retake starts afresh.
  const pristine = new Map(data.blocks.filter((block) => block.kind === 'check' && block.graded)
    .map((block) => [block.id, doc.querySelector(`[data-cw-block="${block.id}"]`)?.cloneNode(true)] as const));
  const retaken = (ids: string[]): void => {
    const blocks = data.blocks.filter((block) => ids.includes(block.id));
    for (const block of blocks) {
      const fresh = pristine.get(block.id);
      if (fresh) doc.querySelector(`[data-cw-block="${block.id}"]`)?.replaceWith(fresh.cloneNode(true));
    }
    mounting.remount(blocks, () => {
      const first = blocks[0];
      if (!first) return;
      go(first.lesson, false);
      doc.querySelector<HTMLElement>(`[data-cw-block="${first.id}"] input`)?.focus();
    });
  };
  const end = createEndPanel({ session, course, elements, t, go: (index) => go(index, true), retaken });
  wireLessonMenu(elements, (index) => go(index, true));
  elements.previous?.addEventListener('click', () => go(session.state.lesson - 1, true));
  elements.next?.addEventListener('click', () => go(session.state.lesson + 1, true));
  const closeCourse = wireExit({ win, elements, tracker, t, announce, ...(start.returnUrl ? { returnUrl: start.returnUrl } : {}) });
  session.onChange((outcome, previous) => {
    view.refresh(session.state);
    const focus = !turning && isFinished(outcome) && !isFinished(previous);
    // After the block's own handler, which moves focus to its feedback.
    end.update(session.state.lesson, false);
    if (focus) queueMicrotask(() => end.update(session.state.lesson, true));
  });
  showOutcome({ session, tracker, course, elements, t, announce, container: end.status, ...(options.standalone ? { standalone: true } : {}) });
  if (options.standalone && data.completionRecord) offerCompletionRecord({ win, session, data, elements, t, container: end.extras });

  go(state.lesson, false);
  // Nothing can be recorded for a session that already ended: say how to go on, as after Exit.
  if (untracked === 'session-ended') closeCourse(t('exit.reopen'));

  mounting.prefetch(win, prefetchDelayMs);
  view.refresh(session.state);
  end.update(session.state.lesson, false);

  // Browsers drop requests made while a page unloads (standards §5.10): send whenever the page is
  // hidden, and hand what is left to the tracker on pagehide in case the learner never presses Exit.
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') void tracker.flush();
  });
  win.addEventListener('online', () => void tracker.flush());
  win.addEventListener('pagehide', leave);
  // Back from the browser's back/forward cache after pagehide ended the session: say so.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted && tracker.finished) closeCourse(t('exit.reopen'));
  });
  return session;
}
