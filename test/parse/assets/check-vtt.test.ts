import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { checkVtt, maxVttReports } from '../../../src/parse/assets/check-vtt.js';

/** A caption file of `count` cues, each at four lines: number, timing, text, blank line. */
function captions(count: number, timing: (n: number) => string): string {
  const cues = Array.from({ length: count }, (_, n) => `${n + 1}\n${timing(n)}\nLine ${n + 1}.\n`);
  return `WEBVTT\n\n${cues.join('\n')}`;
}
/** `00:mm:ss` and the milliseconds after `separator` (a comma, as .srt writes it, is what players cannot read). */
const clock = (seconds: number, separator = '.'): string => `00:${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}${separator}000`;

describe('checkVtt', () => {
  it(`reports ${maxVttReports} cues players skip, the last of them saying how many more there are and where the last is`, () => {
    // Converted from .srt: every cue keeps its commas, 1,000 cues lost.
    const sink = createDiagnosticSink();
    const cues = checkVtt(captions(1000, (n) => `${clock(n, ',')} --> ${clock(n + 1, ',')}`), 'media/talk.vtt', 'captions file', sink);
    expect(cues).toEqual([]);
    const lost = sink.diagnostics.filter((d) => d.code === 'vtt-cue-lost');
    expect(lost).toHaveLength(maxVttReports);
    expect(lost.map((d) => d.range?.start.line)).toEqual(Array.from({ length: maxVttReports }, (_, n) => 4 + 4 * n));
    expect(lost.slice(0, -1).every((d) => !d.message.includes('not listed'))).toBe(true);
    expect(lost.at(-1)?.message).toBe(`Players skip this cue of the captions file "media/talk.vtt", so learners never see it: No decimal separator (".") found. ${1000 - maxVttReports} more cues of this file that players skip are not listed (the last at line 4000).`);
    expect(sink.hasErrors()).toBe(true);
  });

  it('lists the cues players skip even when more than the limit of other mistakes come before them', () => {
    // 300 cues in the wrong order (players show them, a warning each), then 3 with commas.
    const backwards = captions(300, (n) => `${clock(300 - n)} --> ${clock(301 - n)}`);
    const lost = [600, 602, 604].map((start, n) => `900${n}\n${clock(start, ',')} --> ${clock(start + 1, ',')}\nLost.\n`);
    const text = `${backwards}\n${lost.join('\n')}`;
    const sink = createDiagnosticSink();
    checkVtt(text, 'media/talk.vtt', 'captions file', sink);
    const warnings = sink.diagnostics.filter((d) => d.code === 'vtt-not-valid');
    expect(warnings).toHaveLength(maxVttReports);
    expect(warnings.at(-1)?.message).toMatch(/ \d+ more mistakes of this file that players work around are not listed \(the last at line \d+\)\.$/);
    expect(sink.diagnostics.filter((d) => d.code === 'vtt-cue-lost').map((d) => d.message.includes('not listed'))).toEqual([false, false, false]);
  });

  it('lists every problem, none saying more, up to the limit', () => {
    const sink = createDiagnosticSink();
    checkVtt(captions(maxVttReports, (n) => `${clock(n, ',')} --> ${clock(n + 1, ',')}`), 'media/talk.vtt', 'captions file', sink);
    expect(sink.diagnostics).toHaveLength(maxVttReports);
    expect(sink.diagnostics.some((d) => d.message.includes('not listed'))).toBe(false);
  });
});
