import { forgetSessionEvent } from '../block-api.js';
import type { Tracker } from '../tracking/tracker.js';
import type { Announce } from './announcer.js';
import { showNotice } from './notices.js';
import type { ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/** What the Exit button needs. */
export interface ExitContext {
  win: Window;
  elements: ShellElements;
  tracker: Tracker;
  t: Translate;
  announce: Announce;
  /** Where the learning system wants the learner after exit (cmi5 returnURL). */
  returnUrl?: string;
  /** The learner has no name here (no learning system): their Exit ends what blocks keep for the session (`forgetSessionEvent`). */
  anonymous?: boolean;
}

/** Closes the course to input with a last notice; used after Exit and for a finished page shown again. */
export type CloseCourse = (text: string) => void;

/**
 * Wires the Exit button: sends what is pending, ends the session and only then says the progress
 * is saved. When the learning system did not confirm everything, the learner is told, keeps the
 * course, and can try again; nothing is lost meanwhile (it stays on the device).
 */
export function wireExit(context: ExitContext): CloseCourse {
  const { elements, tracker, t } = context;
  // After the session is finished nothing more can be saved (one session per launch): close the
  // course to input rather than let the learner work on and lose it.
  const closeCourse: CloseCourse = (text) => {
    if (elements.main) elements.main.inert = true;
    for (const button of [elements.previous, elements.next, elements.exit, elements.menuToggle]) if (button) button.disabled = true;
    focusNotice(showNotice(elements.notices, 'exit', text, 'important'), context.announce, text);
  };

  let exiting = false;
  const exit = async (): Promise<void> => {
    if (exiting || tracker.finished) return;
    exiting = true;
    showNotice(elements.notices, 'exit', t('exit.saving'), 'info');
    context.announce(t('exit.saving'));
    const done = await tracker.finish();
    exiting = false;
    if (done) {
      if (context.anonymous) context.win.document.dispatchEvent(new Event(forgetSessionEvent));
      const status = tracker.saveStatus;
      closeCourse(t(status === 'review' ? 'exit.doneReview' : status === 'device' ? 'exit.doneUntracked' : status === 'partial' ? 'exit.donePartial' : 'exit.done'));
      if (context.returnUrl) context.win.location.assign(context.returnUrl);
      return;
    }
    // Everything reached the learning system (the save status says so), only the end was not
    // confirmed: saying it was not saved would contradict what the page shows, truly, elsewhere.
    const status = tracker.saveStatus;
    const unsaved = t(status === 'saved' || status === 'partial' ? 'exit.notEnded' : status === 'expired' ? 'exit.expired' : 'exit.unsaved');
    const notice = showNotice(elements.notices, 'exit', unsaved, 'important');
    // A session the learning system refuses will not take a second try: only opening the course again helps.
    if (notice && status !== 'expired') {
      const retry = notice.ownerDocument.createElement('button');
      retry.type = 'button';
      retry.className = 'cw-button cw-notice-action';
      retry.textContent = t('exit.retry');
      retry.addEventListener('click', () => void exit());
      notice.append(' ', retry);
    }
    focusNotice(notice, context.announce, unsaved);
  };
  elements.exit?.addEventListener('click', () => void exit());
  return closeCourse;
}

/** Moves focus to a notice so it is read out; without one, announces the text. */
function focusNotice(notice: HTMLElement | undefined, announce: Announce, text: string): void {
  if (!notice) return announce(text);
  notice.setAttribute('tabindex', '-1');
  notice.focus();
}
