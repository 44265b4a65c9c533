import type { RuntimeData } from '../../model/runtime-data.js';
import { CourseSession } from '../progress/course-session.js';
import type { Outcome } from '../progress/compute-outcome.js';
import { decodeState, type DecodeStatus } from '../state/state-codec.js';
import { createDeviceStorage } from '../storage/device-storage.js';
import { prefixedStore } from '../storage/key-value-store.js';
import { connectTracker } from '../tracking/connect-tracker.js';
import { createAnnouncer } from './announcer.js';
import { createBlockHost } from './block-host.js';
import { wireLessonMenu } from './lesson-menu.js';
import { createLessonView } from './lesson-view.js';
import { mountBlocks, type BlockMounters } from './mount-blocks.js';
import { showNotice } from './notices.js';
import { findShellElements } from './shell-elements.js';
import { createTranslator, type Translate } from './translate.js';

/** Learner-facing notice for a saved state that could not be restored. */
const restoreNotices: Partial<Record<DecodeStatus, string>> = {
  unreadable: 'state.unreadable',
  'other-structure': 'state.reset',
};

/**
 * Starts the course on this page: connects the tracker, restores the learner state, shows the
 * bookmarked lesson, wires navigation, mounts the blocks and keeps the LMS up to date.
 */
export function startCourse(win: Window, data: RuntimeData, mounters: BlockMounters): CourseSession {
  const doc = win.document;
  const elements = findShellElements(doc);
  const t = createTranslator(data.strings);
  const announce = createAnnouncer(elements.live);
  const device = createDeviceStorage(win);
  const { tracker, start, untracked } = connectTracker(win, device, data.course.id);

  const decoded = decodeState(start.state, data.course.structureHash, data.lessons.length);
  const state = decoded.state;
  if (decoded.status !== 'restored' && start.location) {
    const bookmarked = data.lessons.findIndex((lesson) => lesson.id === start.location);
    if (bookmarked >= 0 && decoded.status === 'empty') state.lesson = bookmarked;
  }
  const session = new CourseSession(data, tracker, state);

  if (untracked) showNotice(elements.notices, 'tracking', t(untracked === 'no-lms' ? 'tracking.untracked' : 'tracking.failed'), untracked === 'no-lms' ? 'info' : 'important');
  const restoreNotice = restoreNotices[decoded.status];
  if (restoreNotice) showNotice(elements.notices, 'state', t(restoreNotice), 'important');
  else if (decoded.status === 'restored' && start.resumed) announce(t('resume.welcome'));

  const view = createLessonView(doc, elements, data, t);
  const go = (index: number, focus: boolean): void => {
    view.show(index, focus);
    session.visit(index);
  };
  wireLessonMenu(elements, (index) => go(index, true));
  elements.previous?.addEventListener('click', () => go(session.state.lesson - 1, true));
  elements.next?.addEventListener('click', () => go(session.state.lesson + 1, true));
  // After the session is finished nothing more can be saved (SCORM allows one session per launch):
  // close the course to input rather than let the learner work on and lose it.
  const closeCourse = (text: string): void => {
    if (elements.main) elements.main.inert = true;
    for (const button of [elements.previous, elements.next, elements.exit, elements.menuToggle]) if (button) button.disabled = true;
    const notice = showNotice(elements.notices, 'exit', text, 'important');
    // Disabling the focused button would drop focus to the page: move it to the notice, which is read out.
    if (notice) {
      notice.setAttribute('tabindex', '-1');
      notice.focus();
    } else {
      announce(text);
    }
  };
  elements.exit?.addEventListener('click', () => {
    session.finish();
    closeCourse(t(tracker.recording ? 'exit.done' : 'exit.doneUntracked'));
  });
  session.onChange((outcome, previous) => {
    view.refresh(session.state);
    if (outcome.status !== previous.status) announceOutcome(outcome, data, t, (text) => {
      showNotice(elements.notices, 'outcome', text, 'important');
      announce(text);
    });
  });

  go(state.lesson, false);

  const learnerStore = prefixedStore(device, `cw:${data.course.id}:${start.learnerId ?? 'anonymous'}:`);
  const motion = win.matchMedia ? win.matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  mountBlocks(doc, data.blocks, mounters, (block) => createBlockHost(block.id, {
    session, announce, t, learnerStore, prefersReducedMotion: () => motion?.matches ?? false,
  }));
  view.refresh(session.state);

  // Browsers drop synchronous LMS postbacks during unload (standards §5.10): commit whenever the
  // page is hidden, and finish on pagehide in case the learner never presses Exit.
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') tracker.commit(true);
  });
  win.addEventListener('pagehide', () => session.finish());
  // Back from the browser's back/forward cache after pagehide finished the session: say so.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted && tracker.finished) closeCourse(t('exit.reopen'));
  });
  return session;
}

function announceOutcome(outcome: Outcome, data: RuntimeData, t: Translate, say: (text: string) => void): void {
  const values = { score: outcome.score ?? 0, mastery: data.masteryScore ?? 0 };
  if (outcome.status === 'completed') say(t('course.completed', values));
  else if (outcome.status === 'passed') say(t('course.passed', values));
  else if (outcome.status === 'failed') say(t('course.failed', values));
}
