import { describe, expect, it } from 'vitest';
import type { RuntimeCheck } from '../../../src/model/runtime-data.js';
import { attemptsLeft, checkFinished, checkRecord, gradeCheck, trueFalseCode } from '../../../src/runtime/blocks/check/grade-check.js';

const single: RuntimeCheck = {
  kind: 'check',
  id: 'q-signs',
  lesson: 1,
  type: 'single',
  prompt: 'Which of these is an early warning sign?',
  options: [
    { code: 'a', text: 'Everyone laughs', correct: false, feedbackHtml: '<p>Not necessarily.</p>' },
    { code: 'b', text: 'Someone goes quiet', correct: true },
    { code: 'c', text: 'A busy shift', correct: false },
  ],
  attempts: 2,
  graded: true,
};
const multiple: RuntimeCheck = { ...single, id: 'q-multi', type: 'multiple', options: single.options.map((o) => ({ ...o, correct: o.code !== 'c' })), attempts: 0 };
const trueFalse: RuntimeCheck = {
  ...single,
  id: 'q-tf',
  type: 'true-false',
  prompt: 'Banter is always harmless.',
  options: [
    { code: 'a', text: 'True', correct: false },
    { code: 'b', text: 'False', correct: true },
  ],
};

describe('gradeCheck', () => {
  it('grades a single choice', () => {
    expect(gradeCheck(single, ['b'])).toEqual({ correct: true, rightCodes: ['b'] });
    expect(gradeCheck(single, ['a']).correct).toBe(false);
  });

  it('needs every right option and no wrong one in a multiple choice', () => {
    expect(gradeCheck(multiple, ['b', 'a']).correct).toBe(true);
    expect(gradeCheck(multiple, ['a']).correct).toBe(false);
    expect(gradeCheck(multiple, ['a', 'b', 'c']).correct).toBe(false);
  });
});

describe('attempts', () => {
  it('finishes when right or out of attempts', () => {
    expect(checkFinished(single, 1, true)).toBe(true);
    expect(checkFinished(single, 1, false)).toBe(false);
    expect(checkFinished(single, 2, false)).toBe(true);
  });

  it('never runs out with unlimited attempts (0)', () => {
    expect(checkFinished(multiple, 50, false)).toBe(false);
    expect(attemptsLeft(multiple, 50)).toBeUndefined();
    expect(attemptsLeft(single, 1)).toBe(1);
    expect(attemptsLeft(single, 5)).toBe(0);
  });
});

describe('checkRecord', () => {
  it('reports a choice check with option codes in option order', () => {
    const record = checkRecord(multiple, ['b', 'a'], 900);
    expect(record).toMatchObject({ id: 'q-multi', type: 'choice', response: ['a', 'b'], correct: ['a', 'b'], result: 'correct', latencyMs: 900 });
    expect(record.choices).toHaveLength(3);
  });

  it('reports a wrong answer as incorrect', () => {
    expect(checkRecord(single, ['c']).result).toBe('incorrect');
  });

  it('reports true-false answers as t/f', () => {
    const record = checkRecord(trueFalse, ['a']);
    expect(record).toMatchObject({ type: 'true-false', response: ['t'], correct: ['f'], result: 'incorrect' });
  });

  it('maps true-false options by their t/f codes, their text, or their position', () => {
    const coded: RuntimeCheck = { ...trueFalse, options: [{ code: 'f', text: 'Nope', correct: true }, { code: 't', text: 'Yes', correct: false }] };
    expect(trueFalseCode(coded, 'f')).toBe('f');
    const reversed: RuntimeCheck = { ...trueFalse, options: [{ code: 'a', text: 'False', correct: true }, { code: 'b', text: 'True', correct: false }] };
    expect(trueFalseCode(reversed, 'a')).toBe('f');
    const unnamed: RuntimeCheck = { ...trueFalse, options: [{ code: 'a', text: 'Yes', correct: true }, { code: 'b', text: 'No', correct: false }] };
    expect(trueFalseCode(unnamed, 'a')).toBe('t');
    expect(trueFalseCode(unnamed, 'b')).toBe('f');
  });
});
