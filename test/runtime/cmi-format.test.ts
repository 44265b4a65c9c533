/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import { describe, expect, it } from 'vitest';
import type { InteractionRecord } from '../../src/runtime/block-api.js';
import { toCmiIdentifier } from '../../src/runtime/tracking/cmi-identifier.js';
import { formatCmiTime, formatCmiTimespan } from '../../src/runtime/tracking/cmi-timespan.js';
import { choiceLetter, toScorm12Interaction } from '../../src/runtime/tracking/scorm12-interaction.js';

/** Moodle's SCORM 1.2 CMITimespan check (standards §1c). */
const moodleTimespan = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
/** Moodle's CMIIdentifier check (standards §1.23). */
const moodleIdentifier = /^[\u0021-\u007E]{0,255}$/;

describe('formatCmiTimespan', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [5 * 60_000, '0000:05:00.00'],
    [3_723_450, '0001:02:03.45'],
    [59_999, '0000:01:00.00'],
    [-5, '0000:00:00.00'],
    [20_000 * 3_600_000, '9999:59:59.99'],
  ])('formats %d ms as %s', (ms, expected) => {
    expect(formatCmiTimespan(ms)).toBe(expected);
    expect(formatCmiTimespan(ms)).toMatch(moodleTimespan);
  });
});

describe('formatCmiTime', () => {
  it('gives a time of day, not a timestamp', () => {
    expect(formatCmiTime(new Date(2027, 0, 5, 7, 3, 9))).toBe('07:03:09');
  });
});

describe('toCmiIdentifier', () => {
  it.each([
    ['break-room.intro', 'break-room.intro'],
    ['q signs', 'q_signs'],
    ['réflexion', 'r_flexion'],
    ['', 'interaction'],
    ['a'.repeat(300), 'a'.repeat(255)],
  ])('makes %j a valid CMIIdentifier', (id, expected) => {
    expect(toCmiIdentifier(id)).toBe(expected);
    expect(toCmiIdentifier(id)).toMatch(moodleIdentifier);
  });
});

describe('toScorm12Interaction', () => {
  const at = new Date(2027, 2, 1, 14, 5, 0);
  const record: InteractionRecord = {
    id: 'q-signs',
    type: 'choice',
    description: 'Which of these is an early warning sign?',
    response: ['complaint', 'busy-shift'],
    correct: ['quiet'],
    result: 'incorrect',
    latencyMs: 12_500,
    choices: [
      { id: 'complaint', text: 'A formal complaint' },
      { id: 'quiet', text: 'Someone goes quiet' },
      { id: 'busy-shift', text: 'A busy shift' },
    ],
  };

  it('writes the id first and uses the SCORM 1.2 vocabulary', () => {
    expect(toScorm12Interaction(record, 3, at)).toEqual([
      ['cmi.interactions.3.id', 'q-signs'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.time', '14:05:00'],
      ['cmi.interactions.3.student_response', 'a,c'],
      ['cmi.interactions.3.result', 'wrong'],
      ['cmi.interactions.3.latency', '0000:00:12.50'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'b'],
    ]);
  });

  it('writes one pattern per alternative right answer, and one combined pattern otherwise', () => {
    const patterns = (r: Partial<InteractionRecord>): string[] =>
      toScorm12Interaction({ ...record, ...r }, 0, at).filter(([key]) => key.includes('correct_responses')).map(([key, value]) => `${key.slice('cmi.interactions.0.'.length)}=${value}`);
    expect(patterns({ response: ['busy-shift'], correct: ['complaint', 'busy-shift'], correctAlternatives: true })).toEqual(['correct_responses.0.pattern=a', 'correct_responses.1.pattern=c']);
    expect(patterns({ correct: ['complaint', 'busy-shift'] })).toEqual(['correct_responses.0.pattern=a,c']);
  });

  it('maps types 1.2 lacks and formats responses per type', () => {
    const values = (r: Partial<InteractionRecord>): Record<string, string> =>
      Object.fromEntries(toScorm12Interaction({ ...record, correct: undefined, latencyMs: undefined, ...r }, 0, at)
        .map(([key, value]) => [key.replace('cmi.interactions.0.', ''), value]));
    expect(values({ type: 'true-false', response: ['true'], result: 'correct' })).toMatchObject({ type: 'true-false', student_response: 't', result: 'correct' });
    expect(values({ type: 'long-fill-in', response: ['I would  ask\nthem'], result: 'neutral' })).toMatchObject({ type: 'fill-in', student_response: 'I would ask them', result: 'neutral' });
    expect(values({ type: 'other', response: ['done'] })).toMatchObject({ type: 'performance' });
    expect(values({ type: 'sequencing', response: ['busy-shift', 'complaint', 'quiet'] })).toMatchObject({ type: 'sequencing', student_response: 'c,a,b' });
    expect(values({ type: 'fill-in', response: ['x'.repeat(400)] }).student_response).toHaveLength(255);
    expect(values({})).not.toHaveProperty('latency');
  });
});

describe('SCORM 1.2 letters from choice ids', () => {
  const at = new Date(2027, 2, 1, 14, 5, 0);
  const many = Array.from({ length: 40 }, (_, i) => ({ id: `option-${i + 1}`, text: `Option ${i + 1}` }));
  const response = (record: Partial<InteractionRecord>): string | undefined =>
    toScorm12Interaction({ id: 'q', type: 'choice', description: '', response: [], result: 'neutral', ...record }, 0, at)
      .find(([key]) => key.endsWith('.student_response'))?.[1];

  it('names each id by its position among the choices offered, whatever the id looks like', () => {
    const choices = [{ id: 'name-it', text: 'Name it' }, { id: 'b', text: 'B' }, { id: 'a', text: 'A' }];
    expect(response({ response: ['a', 'name-it'], choices })).toBe('c,a');
  });

  it('goes a–z then 0–9, and names no choice past the 36th (RTE 1.2)', () => {
    expect(many.slice(0, 36).map((c) => choiceLetter(many, c.id)).join('')).toBe('abcdefghijklmnopqrstuvwxyz0123456789');
    expect(choiceLetter(many, 'option-37')).toBeUndefined();
    expect(response({ response: ['option-26', 'option-27', 'option-36', 'option-40'], choices: many })).toBe('z,0,9');
    expect(response({ type: 'sequencing', response: many.map((c) => c.id).reverse(), choices: many })).toHaveLength(36 * 2 - 1);
  });

  it('leaves out ids that were not offered, and keeps letters from records an older player queued', () => {
    expect(response({ response: ['gone', 'b'], choices: [{ id: 'here', text: 'Here' }] })).toBe('b');
    expect(response({ response: ['b', 'c'] })).toBe('b,c');
  });

  it('drops a right-answer pattern that names no offered choice', () => {
    const values = toScorm12Interaction(
      { id: 'q', type: 'choice', description: '', response: ['option-1'], correct: ['option-40', 'option-2'], correctAlternatives: true, result: 'incorrect', choices: many },
      0,
      at,
    );
    expect(values.filter(([key]) => key.includes('correct_responses'))).toEqual([['cmi.interactions.0.correct_responses.0.pattern', 'b']]);
  });

  it('sends true-false as t/f', () => {
    expect(response({ type: 'true-false', response: ['true'] })).toBe('t');
    expect(response({ type: 'true-false', response: ['false'] })).toBe('f');
  });
});
