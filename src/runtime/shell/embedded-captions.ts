import { embeddedCaptionsId, type EmbeddedCaptions, type EmbeddedCue } from '../../model/embedded-captions.js';

/**
 * Replaces the page's caption `<track>` elements by text tracks built from the cues the web
 * packager embedded: in the page for its lesson, in a lesson's script (`lesson`) for a lesson
 * loaded later. Chromium refuses `<track src>` from `file://` (every file is its
 * own origin), and a course opened from a folder must still be captioned; building the cues in
 * script needs no request at all, so it also works under any Content-Security-Policy.
 *
 * Runs before the media elements pick their tracks (the runtime script ends the body; a lesson
 * loaded later is done as soon as it is in the page, `root` its section), so the browser never
 * tries to load the files.
 */
export function attachEmbeddedCaptions(doc: Document, root: ParentNode = doc, lesson?: EmbeddedCaptions): void {
  const captions = lesson ? { ...readEmbeddedCaptions(doc), ...lesson } : readEmbeddedCaptions(doc);
  const Cue = doc.defaultView?.VTTCue;
  if (!captions || typeof Cue !== 'function') return;
  for (const track of Array.from(root.querySelectorAll<HTMLTrackElement>('track[kind="captions"]'))) {
    const cues = captions[track.getAttribute('src') ?? ''];
    const media = track.parentElement;
    if (!cues || !(media instanceof HTMLMediaElement)) continue;
    const { label, srclang } = track;
    // The page marks the first captions `data-cw-default` (a `default` would fetch them with the page);
    // embedded cues cost no request, so they can be on from the start.
    const showing = track.default || track.hasAttribute('data-cw-default');
    track.remove();
    const textTrack = media.addTextTrack('captions', label, srclang);
    for (const cue of cues) textTrack.addCue(applySettings(new Cue(cue.start, cue.end, cue.text), cue));
    textTrack.mode = showing ? 'showing' : 'hidden';
  }
}

function readEmbeddedCaptions(doc: Document): EmbeddedCaptions | undefined {
  const text = doc.getElementById(embeddedCaptionsId)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as EmbeddedCaptions;
  } catch {
    console.error('coursewright: the embedded captions are damaged; the videos play without them.');
    return undefined;
  }
}

/** The common cue settings; one the browser rejects keeps its default rather than losing the cue. */
function applySettings(cue: VTTCue, { settings }: EmbeddedCue): VTTCue {
  for (const setting of settings?.split(/\s+/) ?? []) {
    const [name, value = ''] = setting.split(':');
    // `position:10%,line-left` and `line:85%,end` carry an alignment after the value, which keeps its default.
    const first = value.split(',')[0] ?? '';
    const percent = first.endsWith('%') ? Number.parseFloat(first) : undefined;
    try {
      if (name === 'align') cue.align = value as AlignSetting;
      else if (name === 'vertical') cue.vertical = value as DirectionSetting;
      else if (name === 'line') setLine(cue, value.split(',')[0] ?? '');
      else if (name === 'position' && percent !== undefined) cue.position = percent;
      else if (name === 'size' && percent !== undefined) cue.size = percent;
    } catch {
      // Out-of-range values throw; the cue stays with the default for that setting.
    }
  }
  return cue;
}

/** `line:-1` counts lines from the bottom; `line:10%` is a position, not a line number. */
function setLine(cue: VTTCue, value: string): void {
  const number = Number.parseFloat(value);
  if (Number.isNaN(number)) return;
  cue.snapToLines = !value.endsWith('%');
  cue.line = number;
}
