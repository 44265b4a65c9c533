import type { MountBlock } from '../../block-api.js';
import type { RuntimeInterview } from '../../../model/runtime-data.js';
import { decodeInterviewState, encodeInterviewState } from './interview-state.js';

/**
 * Enhance an interview's static markup: caption tracks get language names ("English" rather than
 * "en"), an audio recording shows its captions on the page, chapters seek the recording, and the
 * interview counts as seen once the recording ends or the transcript is opened.
 */
export const mountInterview: MountBlock<RuntimeInterview> = (element, _interview, host) => {
  nameCaptionTracks(element);
  const progress = decodeInterviewState(host.state);
  const seen = (): void => {
    if (progress.done) return;
    progress.done = true;
    host.save(encodeInterviewState(progress));
  };
  const media = element.querySelector<HTMLMediaElement>('video, audio');
  media?.addEventListener('ended', seen);
  const captionArea = element.querySelector<HTMLElement>('[data-cw-captions]');
  if (media instanceof HTMLAudioElement && captionArea) showCaptionsOnPage(captionArea, media);
  for (const chapter of Array.from(element.querySelectorAll<HTMLElement>('[data-cw-seek]'))) {
    chapter.addEventListener('click', () => {
      if (!media) return;
      media.currentTime = Number(chapter.dataset.cwSeek);
      media.play().catch(() => undefined); // refused (e.g. not loadable): the learner still sees the position
    });
  }
  const transcript = element.querySelector('details');
  transcript?.addEventListener('toggle', () => {
    if (transcript.open) seen();
  });
};

/**
 * An audio element draws no captions, so its first captions track runs hidden and each cue is written
 * into the page beside the controls. The track is turned on once the recording loads or plays, so
 * the captions file is not fetched with the page.
 */
function showCaptionsOnPage(area: HTMLElement, media: HTMLMediaElement): void {
  const line = area.querySelector<HTMLElement>('[data-cw-caption]');
  const toggle = area.querySelector<HTMLElement>('[data-cw-action="captions"]');
  if (!line) return;
  area.hidden = false;
  let track: TextTrack | undefined;
  const show = (): void => {
    // A cue shows up to its end, not at it: where a chapter's seek lands exactly on the end of one
    // cue and the start of the next, Chromium reports both as active.
    const time = media.currentTime;
    const cues = track && !line.hidden ? Array.from(track.activeCues ?? []).filter((cue) => cue.endTime > time) : [];
    line.textContent = cues.map((cue) => (cue as VTTCue).getCueAsHTML().textContent ?? '').join('\n');
  };
  const attach = (): void => {
    track ??= Array.from(media.textTracks).find((t) => t.kind === 'captions' || t.kind === 'subtitles');
    if (!track) return;
    // An audio element draws nothing either way; `hidden` still loads the cues and reports each one.
    if (track.mode !== 'showing') track.mode = 'hidden';
    track.oncuechange = show;
    show();
  };
  media.addEventListener('loadedmetadata', attach);
  media.addEventListener('play', attach);
  if (media.readyState > 0) attach();
  toggle?.addEventListener('click', () => {
    line.hidden = !line.hidden;
    toggle.setAttribute('aria-pressed', String(!line.hidden));
    show();
  });
}

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
