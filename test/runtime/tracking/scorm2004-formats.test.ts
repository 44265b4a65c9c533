/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { describe, expect, it } from 'vitest';
import { completionProgress } from '../../../src/runtime/progress/completion-progress.js';
import { findApiObject } from '../../../src/runtime/tracking/find-scorm-api.js';
import { isScorm2004Api } from '../../../src/runtime/tracking/scorm2004-api.js';
import { formatCmiTimestamp, formatScorm2004Response, localizedString, toShortIdentifier } from '../../../src/runtime/tracking/scorm2004-interaction.js';
import { scorm2004Result } from '../../../src/runtime/tracking/scorm2004-result.js';
import type { RuntimeBlock } from '../../../src/model/runtime-data.js';

describe('SCORM 2004 value formats', () => {
  it('writes timestamps as UTC with tenths before the zone, as strict LMSs require', () => {
    expect(formatCmiTimestamp(new Date(Date.UTC(2026, 4, 1, 10, 0, 0, 0)))).toBe('2026-05-01T10:00:00.0Z');
    expect(formatCmiTimestamp(new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)))).toBe('2026-12-31T23:59:59.9Z');
  });

  it('tags descriptions with a valid language, cuts them to 250 characters and never starts the text with "{"', () => {
    expect(localizedString('Which  sign?\n', 'en', 250)).toBe('{lang=en}Which sign?');
    expect(localizedString('Welche?', 'de-CH', 250)).toBe('{lang=de-CH}Welche?');
    expect(localizedString('{x} text', 'not a tag', 250)).toBe('x} text');
    expect(localizedString('a'.repeat(300), 'en', 250)).toBe(`{lang=en}${'a'.repeat(250)}`);
    expect(localizedString('   ', 'en', 250)).toBe('');
  });

  it('joins choice and sequencing ids with [,], keeps only short-identifier characters, and maps true-false', () => {
    expect(formatScorm2004Response({ type: 'choice' }, ['a b', 'c', 'c'])).toBe('a_b[,]c');
    expect(formatScorm2004Response({ type: 'sequencing' }, ['c', 'a', 'c'])).toBe('c[,]a[,]c');
    expect(formatScorm2004Response({ type: 'true-false' }, ['t'])).toBe('true');
    expect(formatScorm2004Response({ type: 'true-false' }, ['no'])).toBe('false');
    expect(formatScorm2004Response({ type: 'long-fill-in' }, ['x'.repeat(5000)])).toHaveLength(4000);
    expect(toShortIdentifier('é')).toBe('_');
  });
});

describe('scorm2004Result', () => {
  const fresh = { completion: 'unknown', success: 'unknown', raw: '' };

  it('maps each course status onto completion and success, with exit', () => {
    expect(scorm2004Result(fresh, 'incomplete', undefined).sets).toEqual([['cmi.completion_status', 'incomplete'], ['cmi.success_status', 'unknown'], ['cmi.exit', 'suspend']]);
    expect(scorm2004Result(fresh, 'completed', undefined).sets).toEqual([['cmi.completion_status', 'completed'], ['cmi.success_status', 'unknown'], ['cmi.exit', 'normal']]);
    expect(scorm2004Result(fresh, 'failed', 12.5).sets.slice(-3)).toEqual([['cmi.completion_status', 'completed'], ['cmi.success_status', 'failed'], ['cmi.exit', 'suspend']]);
  });

  it('keeps scaled to seven decimals at most and raw within 0–100', () => {
    const sets = new Map(scorm2004Result(fresh, 'passed', 123.456).sets);
    expect([sets.get('cmi.score.raw'), sets.get('cmi.score.scaled')]).toEqual(['100', '1']);
    expect(new Map(scorm2004Result(fresh, 'passed', 83.33333).sets).get('cmi.score.scaled')).toBe('0.8333');
  });

  it('changes nothing when nothing changes, and never reopens, fails or lowers a finished attempt', () => {
    const passed = { completion: 'completed', success: 'passed', raw: '90' };
    expect(scorm2004Result(passed, 'incomplete', undefined).sets).toEqual([]);
    expect(scorm2004Result(passed, 'failed', 40).sets).toEqual([]);
    expect(scorm2004Result(passed, 'passed', 95).result).toEqual({ completion: 'completed', success: 'passed', raw: '95' });
  });
});

describe('completionProgress', () => {
  const check = { kind: 'check', id: 'q', graded: true } as unknown as RuntimeBlock;
  const rules = { lessons: [{}, {}, {}] as never[], completion: ['all-lessons', 'checks'] as ('all-lessons' | 'checks')[], blocks: [check] };

  it('counts each lesson and each required block as one requirement', () => {
    expect(completionProgress(rules, { lesson: 0, visited: [], blocks: {} })).toBe(0);
    expect(completionProgress(rules, { lesson: 1, visited: [0, 1], blocks: {} })).toBe(0.5);
    expect(completionProgress(rules, { lesson: 2, visited: [0, 1, 2], blocks: { q: { d: 1 } } })).toBe(1);
    expect(completionProgress({ ...rules, completion: [] }, { lesson: 0, visited: [], blocks: {} })).toBe(1);
  });

  it('says nothing while a long course\u2019s later lessons are not known: the one lesson known, opened, is not the whole course', () => {
    const first = { ...rules, lessons: [{}] as never[], lessonCount: 3, blocks: [] };
    expect(completionProgress(first, { lesson: 0, visited: [0], blocks: {} })).toBeUndefined();
    expect(completionProgress({ ...first, completion: [] }, { lesson: 0, visited: [0], blocks: {} })).toBeUndefined();
  });
});

describe('finding API_1484_11', () => {
  type FakeWindow = { parent?: FakeWindow; opener?: FakeWindow | null; top?: FakeWindow; API_1484_11?: unknown; API?: unknown };
  const api = { Initialize: () => 'true', Terminate: () => 'true', GetValue: () => '', SetValue: () => 'true' };
  const find = (win: FakeWindow) => findApiObject(win as unknown as Window, 'API_1484_11', isScorm2004Api);

  it('walks up the parents, then tries the opener', () => {
    const lms: FakeWindow = { API_1484_11: api };
    lms.parent = lms;
    const frame: FakeWindow = { parent: { parent: lms } };
    expect(find(frame)).toBe(api);
    const popup: FakeWindow = { opener: lms };
    popup.parent = popup;
    expect(find(popup)).toBe(api);
  });

  it('ignores a SCORM 1.2 API and survives cross-origin frames that throw', () => {
    const lms: FakeWindow = { API: { LMSInitialize: () => 'true' } };
    lms.parent = lms;
    const hostile = Object.defineProperty({}, 'API_1484_11', { get: () => { throw new Error('cross-origin'); } }) as FakeWindow;
    hostile.parent = lms;
    expect(find(hostile)).toBeUndefined();
  });
});
