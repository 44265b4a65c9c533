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
    { id: 'everyone-laughs', code: 'a', text: 'Everyone laughs', correct: false, feedbackHtml: '<p>Not necessarily.</p>' },
    { id: 'quiet', code: 'b', text: 'Someone goes quiet', correct: true },
    { id: 'busy-shift', code: 'c', text: 'A busy shift', correct: false },
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
    { id: 'true', code: 't', text: 'True', correct: false },
    { id: 'false', code: 'f', text: 'False', correct: true },
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
  it('reports a choice check with option ids in option order, and the options with their texts', () => {
    const record = checkRecord(multiple, ['b', 'a'], 900);
    expect(record).toMatchObject({ id: 'q-multi', type: 'choice', response: ['everyone-laughs', 'quiet'], correct: ['everyone-laughs', 'quiet'], result: 'correct', latencyMs: 900 });
    expect(record.choices).toEqual([
      { id: 'everyone-laughs', text: 'Everyone laughs' },
      { id: 'quiet', text: 'Someone goes quiet' },
      { id: 'busy-shift', text: 'A busy shift' },
    ]);
  });

  it('reports a wrong answer as incorrect', () => {
    expect(checkRecord(single, ['c']).result).toBe('incorrect');
  });

  it('reports true-false answers as true/false, without choices', () => {
    const record = checkRecord(trueFalse, ['t']);
    expect(record).toMatchObject({ type: 'true-false', response: ['true'], correct: ['false'], result: 'incorrect' });
    expect(record.choices).toBeUndefined();
    const reversed: RuntimeCheck = { ...trueFalse, options: [{ id: 'no', code: 'f', text: 'Nope', correct: true }, { id: 'yes', code: 't', text: 'Yes', correct: false }] };
    expect(checkRecord(reversed, ['f'])).toMatchObject({ response: ['false'], correct: ['false'], result: 'correct' });
  });

  it('maps true-false options by their t/f codes, their text, or their position', () => {
    const coded: RuntimeCheck = { ...trueFalse, options: [{ id: 'nope', code: 'f', text: 'Nope', correct: true }, { id: 'yes', code: 't', text: 'Yes', correct: false }] };
    expect(trueFalseCode(coded, 'f')).toBe('f');
    const reversed: RuntimeCheck = { ...trueFalse, options: [{ id: 'false', code: 'a', text: 'False', correct: true }, { id: 'true', code: 'b', text: 'True', correct: false }] };
    expect(trueFalseCode(reversed, 'a')).toBe('f');
    const unnamed: RuntimeCheck = { ...trueFalse, options: [{ id: 'yes', code: 'a', text: 'Yes', correct: true }, { id: 'no', code: 'b', text: 'No', correct: false }] };
    expect(trueFalseCode(unnamed, 'a')).toBe('t');
    expect(trueFalseCode(unnamed, 'b')).toBe('f');
  });
});
