import type { SaveStatus } from '../tracking/save-status.js';
import type { Tracker } from '../tracking/tracker.js';
import type { Announce } from './announcer.js';
import type { ShellElements } from './shell-elements.js';
import type { Translate } from './translate.js';

/**
 * Keeps the save line under the progress bar true: saved, saving, not saved yet (with what to
 * do), or review mode. Only the moments that matter are spoken: losing the connection to the
 * learning system, and getting it back.
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
    if ((status === 'unsaved' || status === 'expired') && previous !== status) announce(t(status === 'expired' ? 'save.expired' : 'save.unsaved'));
    if (status === 'saved' && previous === 'unsaved') announce(t('save.saved'));
    previous = status;
  };
  render(tracker.saveStatus);
  tracker.onSaveStatus(render);
}
