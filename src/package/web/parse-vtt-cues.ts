import type { EmbeddedCue } from '../../model/embedded-captions.js';

const timing = /^((?:\d+:)?\d{2}:\d{2}\.\d{3})[ \t]+-->[ \t]+((?:\d+:)?\d{2}:\d{2}\.\d{3})(?:[ \t]+(.*))?$/;

/**
 * The cues of a WebVTT file, in file order: what a browser would build from `<track src>`. The
 * header, NOTE, STYLE and REGION blocks and cue identifiers are left out; a block without a valid
 * timing line is skipped, as browsers do. The author was already told about a file that does not
 * start with WEBVTT (`captions-invalid`).
 */
export function parseVttCues(text: string): EmbeddedCue[] {
  const blocks = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const cues: EmbeddedCue[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line, index) => index > 0 || line.trim() !== '');
    const at = lines.findIndex((line) => line.includes('-->'));
    // The timing is the first line, or the second after a cue identifier.
    if (at < 0 || at > 1) continue;
    const match = timing.exec(lines[at]?.trim() ?? '');
    if (!match) continue;
    const settings = match[3]?.trim();
    cues.push({
      start: seconds(match[1] ?? ''),
      end: seconds(match[2] ?? ''),
      text: lines.slice(at + 1).join('\n').trimEnd(),
      ...(settings ? { settings } : {}),
    });
  }
  return cues;
}

/** `01:02:03.500` or `02:03.500` → seconds. */
function seconds(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
