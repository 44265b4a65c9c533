import type { RuntimeData } from '../../model/runtime-data.js';
import { CourseSession } from '../progress/course-session.js';
import { decodeState, type DecodeStatus } from '../state/state-codec.js';
import { createDeviceStorage } from '../storage/device-storage.js';
import { prefixedStore } from '../storage/key-value-store.js';
import { connectTracker, type FindAdapter } from '../tracking/connect-tracker.js';
import { createAnnouncer } from './announcer.js';
import { createBlockHost } from './block-host.js';
import { wireExit } from './exit-course.js';
import { wireLessonMenu } from './lesson-menu.js';
import { createLessonView } from './lesson-view.js';
import { mountBlocks, type BlockMounters } from './mount-blocks.js';
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

/** Learner-facing notice for a saved state that could not be restored. */
const restoreNotices: Partial<Record<DecodeStatus, string>> = {
  unreadable: 'state.unreadable',
  'other-structure': 'state.reset',
};

/**
 * Starts the course on this page: connects the tracker of the target's standard, restores the
 * learner state, shows the bookmarked lesson, wires navigation, mounts the blocks and keeps the
 * learner told, truthfully, what is saved.
 */
export async function startCourse(win: Window, data: RuntimeData, mounters: BlockMounters, findAdapter: FindAdapter, options: StartOptions = {}): Promise<CourseSession> {
  const doc = win.document;
  const elements = findShellElements(doc);
  const t = createTranslator(data.strings);
  const announce = createAnnouncer(elements.live);
  const device = createDeviceStorage(win);
  const { tracker, start, untracked } = await connectTracker(win, device, data, findAdapter);

  const decoded = decodeState(start.state, data.course.structureHash, data.lessons.length);
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
  else if (decoded.status === 'restored' && start.resumed) announce(t('resume.welcome'));
  showSaveStatus(elements, tracker, t, announce);

  const view = createLessonView(doc, elements, data, t);
  const go = (index: number, focus: boolean): void => {
    view.show(index, focus);
    session.visit(index);
  };
  wireLessonMenu(elements, (index) => go(index, true));
  elements.previous?.addEventListener('click', () => go(session.state.lesson - 1, true));
  elements.next?.addEventListener('click', () => go(session.state.lesson + 1, true));
  const closeCourse = wireExit({ win, elements, tracker, t, announce, ...(start.returnUrl ? { returnUrl: start.returnUrl } : {}) });
  session.onChange(() => view.refresh(session.state));
  showOutcome({ session, tracker, course, elements, t, announce, ...(options.standalone ? { standalone: true } : {}) });
  if (options.standalone && data.completionRecord) offerCompletionRecord({ win, session, data, elements, t });

  go(state.lesson, false);
  // Nothing can be recorded for a session that already ended: say how to go on, as after Exit.
  if (untracked === 'session-ended') closeCourse(t('exit.reopen'));

  const learnerStore = prefixedStore(device, `cw:${data.course.id}:${start.learnerId ?? 'anonymous'}:`);
  const motion = win.matchMedia ? win.matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  mountBlocks(doc, data.blocks, mounters, (block) => createBlockHost(block, {
    session, announce, t, learnerStore, prefersReducedMotion: () => motion?.matches ?? false,
  }));
  view.refresh(session.state);

  // Browsers drop requests made while a page unloads (standards §5.10): send whenever the page is
  // hidden, and hand what is left to the tracker on pagehide in case the learner never presses Exit.
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') void tracker.flush();
  });
  win.addEventListener('online', () => void tracker.flush());
  win.addEventListener('pagehide', () => tracker.leave());
  // Back from the browser's back/forward cache after pagehide ended the session: say so.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted && tracker.finished) closeCourse(t('exit.reopen'));
  });
  return session;
}
