import type { SaveStatus } from '../tracking/save-status.js';
import type { Tracker } from '../tracking/tracker.js';
import type { Announce } from './announcer.js';
import type { ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/**
 * Keeps the save line above Next and Exit true: saved, saving, not saved yet (with what to do),
 * or review mode. Only the moments that matter are spoken: losing the connection to the learning
 * system, and getting it back.
 */
export function showSaveStatus(elements: ShellElements, tracker: Tracker, t: Translate, announce: Announce): void {
  const line = elements.saveStatus;
  let previous: SaveStatus | undefined;
  const render = (status: SaveStatus): void => {
    if (line) {
      // Device-only play already has its notice at the top of the page.
      line.hidden = status === 'device';
      line.setAttribute('data-status', status);
      line.textContent = t(`save.${status}`);
    }
    // A record refused for good is said too: the line may be far below where the learner is reading.
    if ((status === 'unsaved' || status === 'expired' || status === 'partial') && previous !== status) announce(t(status === 'expired' ? 'save.expired' : status === 'partial' ? 'save.partial' : 'save.unsaved'));
    if (status === 'saved' && previous === 'unsaved') announce(t('save.saved'));
    previous = status;
  };
  render(tracker.saveStatus);
  tracker.onSaveStatus(render);
}
