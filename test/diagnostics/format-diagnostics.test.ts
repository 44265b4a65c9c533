import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const diagnostic: Diagnostic = {
  code: 'asset-missing',
  severity: 'error',
  message: 'Expected the file "lessons/x.png", found none.',
  file: 'lessons/a.md',
  range: { start: { line: 1, column: 4 }, end: { line: 1, column: 8 } },
};

describe('formatDiagnostic', () => {
  it('keeps the caret under the reported column when the line has tabs', () => {
    const text = formatDiagnostic(diagnostic, { readSource: () => '\t\tx ![](x.png)\n' });
    expect(text.split('\n').slice(1)).toEqual(['  1 |   x ![](x.png)', '    |    ^^^^']);
  });

  it('never prints control characters from the source (terminal escapes)', () => {
    const text = formatDiagnostic(diagnostic, { readSource: () => 'ab\u001b[2Jcd\u0007\n' });
    expect(text).not.toMatch(/(?!\n)\p{Cc}/u);
  });

  it('frames the reported line and the one above it, in files with \\r\\n or \\n line ends, to the last line', () => {
    const at = (line: number, column = 1): Diagnostic => ({ ...diagnostic, range: { start: { line, column } } });
    const frame = (d: Diagnostic, text: string): string[] => formatDiagnostic(d, { readSource: () => text }).split('\n').slice(1);
    expect(frame(at(2, 3), 'one\r\ntwo\r\nthree\r\n')).toEqual(['  1 | one', '  2 | two', '    |   ^']);
    expect(frame(at(3), 'one\ntwo\nthree')).toEqual(['  2 | two', '  3 | three', '    | ^']);
    // A \r alone ends no line: it is shown as a character that cannot be printed, as before.
    expect(frame(at(1), 'a\rb\n')).toEqual(['  1 | a\uFFFDb', '    | ^']);
    expect(frame(at(2), '\nafter an empty line\n')).toEqual(['  2 | after an empty line', '    | ^']);
    expect(frame(at(4), 'one\ntwo\n')).toEqual([]);
    expect(frame(at(3), 'one\ntwo\n')).toEqual(['  2 | two', '  3 | ', '    | ^']);
    const lines = Array.from({ length: 300_000 }, (_, i) => `line ${i + 1}`);
    expect(frame(at(299_999, 6), lines.join('\r\n'))).toEqual(['  299998 | line 299998', '  299999 | line 299999', '         |      ^']);
  });

  it('shows the part of a long line around the column, the caret under the character reported', () => {
    const at = (line: number, column: number): Diagnostic => ({ ...diagnostic, range: { start: { line, column } } });
    const frame = (d: Diagnostic, text: string): string[] => formatDiagnostic(d, { readSource: () => text }).split('\n').slice(1);
    // A 40,000-character line (a YAML list nested 20,000 deep): 160 characters of it, not all.
    const long = `extra: ${'['.repeat(20_000)}X${']'.repeat(20_000)}`;
    const [shown, caret] = frame(at(1, 20_008), long);
    expect(shown).toBe(`  1 | …${'['.repeat(60)}X${']'.repeat(99)}…`);
    expect(caret!.indexOf('^') - '  1 | '.length).toBe(shown!.indexOf('X') - '  1 | '.length);
    // The line above is cut at the same place, and left out when nothing of it is there; at the
    // start or end of a long line, one "…" only.
    expect(frame(at(2, 20_008), `${'a'.repeat(30_000)}\n${long}`)[0]).toBe(`  1 | …${'a'.repeat(160)}…`);
    expect(frame(at(2, 20_008), `a short line\n${long}`)[0]).toBe(shown!.replace('1 |', '2 |'));
    expect(frame(at(1, 3), long)).toEqual([`  1 | ${long.slice(0, 160)}…`, '    |   ^']);
    const end = frame(at(1, long.length + 1), long);
    expect(end[0]).toBe(`  1 | …${long.slice(-160)}`);
    expect(end[1]).toBe(`    | ${' '.repeat(161)}^`);
    // A line of 300 characters (a block with many attributes) is shown whole.
    const wide = `::::interview{#a ${'x="y" '.repeat(47)}}`.padEnd(300, ' ');
    expect(frame(at(1, 250), wide)[0]).toBe(`  1 | ${wide}`);
  });
});
