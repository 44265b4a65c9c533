import type { MountBlock } from '../../block-api.js';
import type { RuntimeInterview } from '../../../model/runtime-data.js';
import { decodeInterviewState, encodeInterviewState } from './interview-state.js';

/**
 * Enhance an interview's static markup: caption tracks get language names ("English" rather than
 * "en"), and the interview counts as seen once the recording ends or the transcript is opened.
 */
export const mountInterview: MountBlock<RuntimeInterview> = (element, _interview, host) => {
  nameCaptionTracks(element);
  const progress = decodeInterviewState(host.state);
  const seen = (): void => {
    if (progress.done) return;
    progress.done = true;
    host.save(encodeInterviewState(progress));
  };
  element.querySelector('video, audio')?.addEventListener('ended', seen);
  const transcript = element.querySelector('details');
  transcript?.addEventListener('toggle', () => {
    if (transcript.open) seen();
  });
};

function nameCaptionTracks(element: HTMLElement): void {
  if (typeof Intl.DisplayNames !== 'function') return;
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' });
  } catch {
    return;
  }
  for (const track of Array.from(element.querySelectorAll<HTMLTrackElement>('track[kind="captions"]'))) {
    if (track.label !== track.srclang || !track.srclang) continue;
    try {
      track.label = names.of(track.srclang) ?? track.label;
    } catch {
      // An invalid language tag keeps the code as its label.
    }
  }
}
