import { describe, expect, it } from 'vitest';
import { compareReportKeys, keysLineUp, readReportKey, type KeyInteraction } from '../../src/compare/compare-report-keys.js';
import type { ReportKeyRow } from '../../src/package/report-key/build-report-key.js';
import { reportKeyCsv } from '../../src/package/report-key/report-key-csv.js';

const row = (interactionId: string, responseCode: string, responseText: string, expected = ''): ReportKeyRow => ({
  interactionId, lesson: 'Speaking up', lessonId: 'speaking-up', blockType: 'Check (one answer)', question: 'How many, "roughly"?', responseCode, scorm12Code: 'a', responseText, expected, scored: true,
});

describe('readReportKey', () => {
  it('reads back what the build writes, SCORM 1.2 column, quotes, line breaks and formula guards included', () => {
    const rows = [row('q-count', 'minus-five', '-5, or fewer', 'correct'), row('q-count', 'many', 'Many,\r\nmany more'), row('r-think', '', '')];
    for (const scorm12Letters of [false, true]) {
      const letter = scorm12Letters ? { letter: 'a' } : {};
      expect(readReportKey(reportKeyCsv(rows, { scorm12Letters }))).toEqual([
        { id: 'q-count', lesson: 'Speaking up', question: 'How many, "roughly"?', responses: [{ code: 'minus-five', text: '-5, or fewer', expected: true, ...letter }, { code: 'many', text: 'Many,\r\nmany more', expected: false, ...letter }] },
        { id: 'r-think', lesson: 'Speaking up', question: 'How many, "roughly"?', responses: [] },
      ]);
    }
  });

  it('says what is wrong with a file that is not a report key', () => {
    expect(readReportKey('Name,Ward\nAmara,7B\n')).toBe('it is not a coursewright report key: no column "Interaction id", "Lesson", "Question or decision", "Response code", "Response text", "Correct or recommended"');
    expect(readReportKey('a,"b\n')).toMatch(/^it is not a CSV file \(/);
  });
});

describe('compareReportKeys', () => {
  const interaction = (id: string, ...responses: [string, boolean][]): KeyInteraction => ({ id, lesson: 'L', question: `Q ${id}`, responses: responses.map(([code, expected]) => ({ code, text: code, expected })) });

  it('lines up when the new key keeps every interaction and code of the old one, whatever it adds or reorders', () => {
    const comparison = compareReportKeys([interaction('q1', ['a', true], ['b', false])], [interaction('q1', ['b', false], ['a', true], ['c', false]), interaction('q2')]);
    expect(comparison).toMatchObject({ gone: [], added: [{ id: 'q2' }], changed: [{ id: 'q1', gone: [], added: [{ code: 'c' }] }], same: 0 });
    expect(keysLineUp(comparison)).toBe(true);
  });

  it('does not line up when an interaction or a code is gone; a new right answer is a change of its own', () => {
    const comparison = compareReportKeys([interaction('q1', ['a', true], ['b', false]), interaction('q2'), interaction('q3', ['x', true], ['y', false])], [interaction('q1', ['a2', true], ['b', false]), interaction('q3', ['x', false], ['y', true])]);
    expect(comparison.gone.map((i) => i.id)).toEqual(['q2']);
    expect(comparison.changed).toEqual([
      { id: 'q1', question: 'Q q1', gone: [{ code: 'a', text: 'a', expected: true }], added: [{ code: 'a2', text: 'a2', expected: true }], expected: { before: ['a'], now: ['a2'] } },
      { id: 'q3', question: 'Q q3', gone: [], added: [], expected: { before: ['x'], now: ['y'] } },
    ]);
    expect(keysLineUp(comparison)).toBe(false);
    expect(keysLineUp(compareReportKeys([interaction('q3', ['x', true], ['y', false])], [interaction('q3', ['x', false], ['y', true])]))).toBe(true);
  });

  it('in SCORM 1.2 keys, does not line up when a letter stands for another answer, though every code is kept', () => {
    const lettered = (id: string, ...responses: [string, string, boolean][]): KeyInteraction => ({ id, lesson: 'L', question: `Q ${id}`, responses: responses.map(([letter, code, expected]) => ({ code, text: code, expected, letter })) });
    // Two options swapped places: the same codes, the letters changed meaning.
    const swapped = compareReportKeys([lettered('q1', ['a', 'if-offended', false], ['b', 'owns-it', true])], [lettered('q1', ['a', 'owns-it', true], ['b', 'if-offended', false])]);
    expect(swapped.changed).toEqual([{ id: 'q1', question: 'Q q1', gone: [], added: [], relettered: [{ letter: 'a', before: 'if-offended', now: 'owns-it' }, { letter: 'b', before: 'owns-it', now: 'if-offended' }] }]);
    expect(keysLineUp(swapped)).toBe(false);
    // An option added last keeps every letter: the reports line up.
    const appended = compareReportKeys([lettered('q1', ['a', 'x', true])], [lettered('q1', ['a', 'x', true], ['b', 'y', false])]);
    expect(appended.changed[0]?.relettered).toBeUndefined();
    expect(keysLineUp(appended)).toBe(true);
  });

  it('lists a response reworded under the same code, for a person to judge, without failing the comparison', () => {
    const worded = (text: string): KeyInteraction => ({ id: 'q1', lesson: 'L', question: 'Q', responses: [{ code: 'two-nurses-disagree', text, expected: false }] });
    const comparison = compareReportKeys([worded('Two nurses disagree about a rota.')], [worded('Two nurses disagree about a colleague, and mock her accent.')]);
    expect(comparison.changed[0]?.reworded).toEqual([{ code: 'two-nurses-disagree', before: 'Two nurses disagree about a rota.', now: 'Two nurses disagree about a colleague, and mock her accent.' }]);
    expect(keysLineUp(comparison)).toBe(true);
  });
});
