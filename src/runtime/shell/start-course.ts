import { lessonTotal, outlinePending } from '../../model/block-outline.js';
import type { LessonContent, RuntimeBlock, PageData } from '../../model/runtime-data.js';
import { h } from '../blocks/dom/create-element.js';
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
import { fillLessonMenu, wireLessonMenu } from './lesson-menu.js';
import { createLessonView } from './lesson-view.js';
import type { BlockLoader } from './block-loader.js';
import { createBlockMounting } from './block-mounting.js';
import type { DeferredCode } from './deferred-code.js';
import { createReadingAids, type ReadingAidsCode } from './reading-aids.js';
import type { LessonLoader } from './lesson-loader.js';
import type { OutlineLoader } from './outline-loader.js';
import { createLessonPages, loadingDelayMs } from './lesson-pages.js';
import { showNotice } from './notices.js';
import type { offerCompletionRecord } from './completion-record.js';
import { showOutcome } from './outcome-notice.js';
import { showSaveStatus } from './save-status-view.js';
import { findShellElements } from './shell-elements.js';
import { createTranslator, pageStrings } from './translate.js';
import { whenReading } from './when-reading.js';

/** How a target's runtime starts the course, beyond finding its learning system. */
export interface StartOptions {
  /**
   * The course is meant to run without a learning system (web target): device storage is the
   * normal place for progress, so the result is worded without "not recorded".
   */
  standalone?: boolean;
  /**
   * Offers the printable record of completion to courses that ask for it (web builds only): passed
   * by the web target's entry, so no other target's player carries its code.
   */
  completionRecord?: typeof offerCompletionRecord;
  /** Runs on a lesson's section as soon as a lesson loaded later is in the page, before its blocks start (web: its embedded captions). */
  lessonAdded?: (section: HTMLElement, content: LessonContent) => void;
  /**
   * Code the target loads when a click first needs it (its feature scripts, see `DeferredCode`),
   * prefetched once the learner is reading (`whenReading`), so the course plays on offline.
   */
  prefetch?: readonly { load(): Promise<unknown> }[];
}

/** How long the first screen has the network to itself before what later clicks need is fetched, unless the learner moves first. */
const prefetchDelayMs = 3000;

/** Learner-facing notice for a saved state that could not be restored. */
const restoreNotices: Partial<Record<DecodeStatus, string>> = {
  unreadable: 'state.unreadable',
  'other-structure': 'state.reset',
};

/** The titles of the lessons holding the changed blocks, in course order, quoted and listed. */
function changedLessons(data: PageData, changed: readonly string[]): string {
  const indexes = new Set(data.blocks.filter((block) => changed.includes(block.id)).map((block) => block.lesson));
  return data.lessons.filter((_lesson, index) => indexes.has(index)).map((lesson) => `“${lesson.title}”`).join(', ');
}

/**
 * Starts the course on this page: connects the tracker of the target's standard, restores the
 * learner state, shows the bookmarked lesson, wires navigation, mounts the blocks (the lessons
 * not in the page and the blocks' code loaded by `loaders` as the learner needs them) and keeps
 * the learner told, truthfully, what is saved.
 */
export async function startCourse(win: Window, data: PageData, loaders: { blocks: BlockLoader; lessons: LessonLoader; outline: OutlineLoader; aids?: DeferredCode<ReadingAidsCode>; noStorage?: () => Promise<boolean> }, findAdapter: FindAdapter, options: StartOptions = {}): Promise<CourseSession> {
  const { blocks: loader, lessons: lessonLoader } = loaders;
  const doc = win.document;
  const elements = findShellElements(doc);
  const t = createTranslator(pageStrings(win, data.strings), data.course.language);
  // At once, before anything is awaited: the menu is there when the page's load event fires.
  fillLessonMenu(elements, data, t);
  const announce = createAnnouncer(elements.live);
  const device = createDeviceStorage(win);
  // A browser that keeps nothing on this device (storage blocked, as in some private modes and
  // sandboxed frames): what the player says of progress kept there is replaced by what is true
  // (assets/no-storage.js), before anything is said.
  const words = device.memoryOnly && loaders.noStorage?.();
  const { tracker, start, untracked, carried } = await connectTracker(win, device, data, findAdapter);
  const noStorage = await words;

  // A long course's page knows its first lesson only (`PageData.lessonCount`): the rest of its
  // outline comes when the learner goes on, opens the menu or is reading, and the shell then
  // shows what it added (`grown`, once the shell is up). Until then nothing is judged
  // (computeOutcome), so nothing unknown is missed.
  let grown: (() => void) | undefined;
  const outline = async (): Promise<boolean> => {
    const ok = await loaders.outline.load();
    const show = grown;
    if (ok && show) {
      grown = undefined;
      show();
    }
    return ok;
  };
  // Where the learner pressed Next, the pager says the lesson they asked for is loading, once it takes a moment.
  const pagerStatus = h('p', { class: 'cw-pager-status', role: 'status' }, t('outline.loading'));
  // Runs `then` once the outline is whole; when it cannot be loaded, says so, with a button to try
  // again. `asked`: for a lesson the learner asked for (Next, a link in the text), who is told it
  // is loading and, if it fails, finds the button under focus (where they are, even on a phone).
  const withOutline = (then: () => void, asked = false): void => {
    const timer = asked ? win.setTimeout(() => elements.pager?.append(pagerStatus), loadingDelayMs) : undefined;
    void outline().then((ok) => {
      win.clearTimeout(timer);
      pagerStatus.remove();
      const shown = elements.notices?.querySelector('[data-cw-notice="outline"]');
      if (ok) {
        shown?.remove();
        return then();
      }
      console.error('coursewright: the outline of the later lessons could not be loaded.');
      // Not loading any more: the notice says what happened.
      fillLessonMenu(elements, data, t, false);
      const notice = showNotice(elements.notices, 'outline', t('outline.failed'), 'important');
      const again = h('button', { type: 'button', class: 'cw-button cw-notice-action' }, t('lesson.retry'));
      again.addEventListener('click', () => withOutline(then, true));
      notice?.setAttribute('role', 'alert');
      notice?.append(' ', again);
      if (asked) again.focus();
    });
  };
  // A learner coming back: their saved state and bookmark are read against the whole course, and
  // the menu lists every lesson.
  if (outlinePending(data) && (start.state || start.location)) {
    await new Promise<void>((resolve) => withOutline(resolve));
    fillLessonMenu(elements, data, t);
  }

  const decoded = decodeState(start.state, data);
  const state = decoded.state;
  if (decoded.status !== 'restored' && start.location) {
    const bookmarked = data.lessons.findIndex((lesson) => lesson.id === start.location);
    if (bookmarked >= 0 && decoded.status === 'empty') state.lesson = bookmarked;
  }
  // A mastery score from the launch (cmi5) is the one the learning system judges by.
  const course = start.masteryScore !== undefined ? { ...data, masteryScore: start.masteryScore } : data;
  const session = new CourseSession(course, tracker, state);

  // How this launch is tracked, when it is not as usual, is said at the top, before the learner
  // does anything; so is a place the device is meant to keep (web) that this browser will not.
  const tracking = untracked === 'no-lms' ? 'tracking.untracked' : untracked === 'lms-refused' ? (carried ? 'tracking.later' : 'tracking.failed') : tracker.saveStatus === 'review' ? 'save.review' : noStorage && !untracked && tracker.saveStatus === 'device' ? 'save.device' : undefined;
  if (tracking) showNotice(elements.notices, 'tracking', t(tracking), untracked === 'lms-refused' ? 'important' : 'info');
  const restoreNotice = restoreNotices[decoded.status];
  if (restoreNotice) showNotice(elements.notices, 'state', t(restoreNotice), 'important');
  else if (decoded.status === 'updated') showNotice(elements.notices, 'state', t('state.updated', { lessons: changedLessons(data, decoded.changed) }), 'important');
  else if (decoded.status === 'restored' && start.resumed) announce(t('resume.welcome'));
  showSaveStatus(elements, tracker, t, announce);

  const pages = createLessonPages({ doc, elements, data, loader: lessonLoader, t, retry: (index) => go(index, true), ...(options.lessonAdded ? { added: options.lessonAdded } : {}) });
  const view = createLessonView(doc, elements, course, t);
  // A page turn moves focus to the lesson heading; only an answer that finishes the course moves it to the end panel.
  let turning = false;
  // The lesson is in the page: its blocks start, and only now is it bookmarked and marked visited,
  // so a lesson that could not be loaded is never recorded as seen.
  const open = (index: number): void => {
    turning = true;
    mounting.show(pages.blocksOf(index));
    const lesson = data.lessons[index];
    const section = lesson && doc.getElementById(`lesson-${lesson.id}`);
    // A learner coming back finds the paragraph they were reading, if they left it on this device;
    // only in the lesson they come back to, and only as it first opens.
    if (section) aids?.shown(section, lesson.id, index === returning);
    returning = -1;
    session.visit(index);
    turning = false;
  };
  const go = (index: number, focus: boolean): void => {
    if (!data.lessons[index]) {
      if (index >= 0 && index < lessonTotal(data)) withOutline(() => go(index, focus), true);
      return;
    }
    view.show(index, focus);
    view.refresh(session.state);
    if (pages.ready(index)) return open(index);
    void pages.load(index).then((loaded) => {
      // Still the lesson shown: the learner may have moved on while it loaded.
      if (!loaded || view.current() !== index) return;
      view.show(index, false);
      open(index);
    });
  };
  const learnerPrefix = `cw:${data.course.id}:${start.learnerId ?? 'anonymous'}:`;
  const learnerStore = prefixedStore(device, learnerPrefix);
  const sessionStore = prefixedStore(createDeviceStorage(win, 'sessionStorage'), learnerPrefix);
  const aids = loaders.aids && createReadingAids(win, loaders.aids, { ticks: data.personalSession ? sessionStore : learnerStore, sessionOnly: data.personalSession === true, place: learnerStore });
  let returning = decoded.status === 'restored' || decoded.status === 'updated' ? state.lesson : -1;
  const motion = win.matchMedia ? win.matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  const hostFor = (block: RuntimeBlock): BlockHost => createBlockHost(block, {
    session, announce, t, learnerStore, sessionStore, prefersReducedMotion: () => motion?.matches ?? false,
    ...(data.decisions ? { decisions: data.decisions } : {}),
  });
  // Blocks handle pagehide too (a reflection still being typed is saved and reported), before the
  // shell ends the session: the shell's handler moves behind theirs whenever blocks are mounted.
  const leave = (): void => tracker.leave();
  const mounting = createBlockMounting(doc, loader, hostFor, () => {
    win.removeEventListener('pagehide', leave);
    win.addEventListener('pagehide', leave);
  });
  // The checks a retake resets start afresh from the markup as built; those of a lesson not in the
  // page yet will, when it is loaded.
  const retaken = (ids: string[]): void => {
    const reset = data.blocks.filter((block) => ids.includes(block.id));
    const shown = reset.flatMap((outline) => pages.blocksOf(outline.lesson).filter((block) => block.id === outline.id));
    for (const block of shown) {
      const fresh = pages.pristine(block.id);
      if (fresh) doc.querySelector(`[data-cw-block="${block.id}"]`)?.replaceWith(fresh);
    }
    mounting.mount(shown, () => {
      const first = reset[0];
      if (!first) return;
      go(first.lesson, false);
      doc.querySelector<HTMLElement>(`[data-cw-block="${first.id}"] input`)?.focus();
    });
  };
  const end = createEndPanel({ session, course, elements, t, go: (index) => go(index, true), retaken });
  // Opened before a long course's other lessons are known: it says they are loading, and fills in as they come.
  wireLessonMenu(elements, (index) => go(index, true), () => {
    if (!outlinePending(data)) return;
    fillLessonMenu(elements, data, t);
    withOutline(() => undefined);
  });
  if (outlinePending(data)) {
    grown = () => {
      pages.grew();
      fillLessonMenu(elements, data, t);
      session.outlineGrew();
    };
  }
  // A link to another lesson in the text (the build makes `#lesson-<id>` of a link to its file)
  // opens that lesson as the menu does, loading it if needed. Links the menu or the end panel
  // already handled, and clicks that open a new tab or window, are left alone.
  doc.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#lesson-"]') : null;
    if (!link) return;
    const index = data.lessons.findIndex((lesson) => link.getAttribute('href') === `#lesson-${lesson.id}`);
    if (index >= 0 || outlinePending(data)) event.preventDefault();
    if (index >= 0) go(index, true);
    // A later lesson of a long course: known once its outline is in.
    else if (outlinePending(data)) withOutline(() => link.click(), true);
  });
  elements.previous?.addEventListener('click', () => go(view.current() - 1, true));
  elements.next?.addEventListener('click', () => go(view.current() + 1, true));
  const closeCourse = wireExit({ win, elements, tracker, t, announce, anonymous: !start.learnerId, ...(start.returnUrl ? { returnUrl: start.returnUrl } : {}) });
  session.onChange((outcome, previous) => {
    view.refresh(session.state);
    const focus = !turning && isFinished(outcome) && !isFinished(previous);
    // After the block's own handler, which moves focus to its feedback.
    end.update(session.state.lesson, false);
    if (focus) queueMicrotask(() => end.update(session.state.lesson, true));
  });
  showOutcome({ session, tracker, course, elements, t, announce, container: end.status, ...(options.standalone ? { standalone: true } : {}) });
  if (options.standalone && data.completionRecord) options.completionRecord?.({ win, session, data, elements, t, container: end.extras });

  go(state.lesson, false);
  // Nothing can be recorded for a session that already ended: say how to go on, as after Exit.
  if (untracked === 'session-ended') closeCourse(t('exit.reopen'));

  // What the learner's next step needs first: the code of the blocks on the screen they are
  // reading (hidden until it comes), the code their first answer needs, then the next lessons.
  const reading = whenReading(win, prefetchDelayMs);
  // A long course's later lessons' outline first: the other lessons and their blocks' kinds are known from it.
  reading.add(() => void outline().then(() => mounting.prefetch([...new Set(data.blocks.map((block) => block.kind))])));
  for (const code of options.prefetch ?? []) reading.add(() => void code.load());
  reading.add(() => void outline().then(() => pages.prefetch(() => view.current())));
  reading.add(() => aids?.reading());
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
