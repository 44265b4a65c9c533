import { describe, expect, it } from 'vitest';
import type { RuntimeCheck, RuntimePractice } from '../../../src/model/runtime-data.js';
import type { BlockState } from '../../../src/runtime/block-api.js';
import { attestationTime, decodeAcknowledgementState, encodeAcknowledgementState } from '../../../src/runtime/blocks/acknowledgement/acknowledgement-state.js';
import { decodeCheckState, encodeCheckState } from '../../../src/runtime/blocks/check/check-state.js';
import { decodePath, encodePath } from '../../../src/runtime/blocks/engine/path-code.js';
import { decodeInterviewState, encodeInterviewState } from '../../../src/runtime/blocks/interview/interview-state.js';
import { decodePracticeState, encodePracticeState } from '../../../src/runtime/blocks/practice/practice-state.js';
import { decodeReflectionState, encodeReflectionState } from '../../../src/runtime/blocks/reflection/reflection-state.js';
import { decodeScenarioState, encodeScenarioState } from '../../../src/runtime/blocks/scenario/scenario-state.js';

/** The state as it travels: through JSON in suspend_data. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('scenario state', () => {
  it('saves the path as choice codes, done and score, and nothing derived', () => {
    const state = encodeScenarioState({ path: [1, 0, 2], done: true, score: 0.8333 }, 10);
    expect(state).toEqual({ p: 'bac', d: 1, s: 0.83 });
    expect(JSON.stringify(state).length).toBeLessThan(30);
    expect(decodeScenarioState(roundTrip(state))).toEqual({ path: [1, 0, 2], done: true, score: 0.83 });
  });

  it('cuts a path that goes round a loop at the limit, so a resume replays to an earlier point', () => {
    expect(encodeScenarioState({ path: [0, 1, 0, 1, 0, 1], done: false }, 4)).toEqual({ p: 'abab' });
  });

  it('saves a fresh start as an empty object', () => {
    expect(encodeScenarioState({ path: [], done: false }, 10)).toEqual({});
    expect(decodeScenarioState(undefined)).toEqual({ path: [], done: false });
  });

  it('reads malformed state as a fresh start', () => {
    expect(decodeScenarioState({ p: 42, d: true, s: 'x' } as unknown as BlockState)).toEqual({ path: [], done: false });
    expect(decodePath('ab!c')).toEqual([0, 1]);
  });

  it('encodes up to 36 choices per node', () => {
    const path = [0, 25, 26, 35];
    expect(encodePath(path)).toBe('az09');
    expect(decodePath(encodePath(path))).toEqual(path);
  });
});

describe('check state', () => {
  const check: RuntimeCheck = {
    kind: 'check', id: 'q', lesson: 0, type: 'multiple', prompt: 'P', attempts: 2, graded: true,
    options: ['a', 'b', 'c'].map((code) => ({ id: `option-${code}`, code, text: code, correct: code === 'b' })),
  };

  it('saves attempts, the last selection, done and the score', () => {
    const state = encodeCheckState({ attempts: 2, selected: ['a', 'c'], done: true, score: 0 });
    expect(state).toEqual({ a: 2, r: 'ac', d: 1, s: 0 });
    expect(decodeCheckState(check, roundTrip(state))).toEqual({ attempts: 2, selected: ['a', 'c'], done: true, score: 0 });
  });

  it('keeps the stamp of the course retake that reset it through new answers', () => {
    const retaken = decodeCheckState(check, roundTrip({ t: 2 }));
    expect(retaken).toEqual({ attempts: 0, selected: [], done: false, retake: 2 });
    expect(encodeCheckState({ ...retaken, attempts: 1, selected: ['b'], done: true, score: 1 })).toEqual({ a: 1, r: 'b', d: 1, s: 1, t: 2 });
  });

  it('drops option codes that no longer exist and extra answers to a single choice', () => {
    expect(decodeCheckState(check, { a: 1, r: 'azc' }).selected).toEqual(['a', 'c']);
    expect(decodeCheckState({ ...check, type: 'single' }, { a: 1, r: 'ab' }).selected).toEqual(['a']);
    expect(decodeCheckState(check, { a: -3 }).attempts).toBe(0);
  });
});

describe('reflection state', () => {
  it('never holds the text: only whether the learner reflected', () => {
    expect(encodeReflectionState({ done: true })).toEqual({ d: 1 });
    expect(encodeReflectionState({ done: false })).toEqual({});
    expect(decodeReflectionState({ d: 1 })).toEqual({ done: true });
  });
});

describe('practice state', () => {
  const practice: RuntimePractice = {
    kind: 'practice', id: 'p-ward', lesson: 0, mode: 'order', situation: 'S',
    techniques: ['a', 'b', 'c'].map((code) => ({ id: `technique-${code}`, code, label: code.toUpperCase(), text: code, recommended: code === 'a' })),
  };

  it('saves tried techniques, the order and checks compactly', () => {
    const state = encodePracticeState({ tried: ['c', 'a'], order: ['b', 'c', 'a'], checked: 'bca', checks: 1, done: true });
    expect(state).toEqual({ t: 'ca', o: 'bca', k: 'bca', c: 1, d: 1 });
    expect(decodePracticeState(practice, roundTrip(state))).toEqual({ tried: ['c', 'a'], order: ['b', 'c', 'a'], checked: 'bca', checks: 1, done: true });
  });

  it('forgets an order that no longer fits the techniques', () => {
    expect(decodePracticeState(practice, { o: 'ba' }).order).toBeUndefined();
    expect(decodePracticeState(practice, { o: 'bcz' }).order).toBeUndefined();
    expect(decodePracticeState(practice, { t: 'aaz' }).tried).toEqual(['a']);
  });
});

describe('acknowledgement state', () => {
  it('records the attestation with its time, without milliseconds', () => {
    const at = attestationTime(new Date(Date.UTC(2027, 2, 1, 10, 22, 33, 456)));
    expect(at).toBe('2027-03-01T10:22:33Z');
    const state = encodeAcknowledgementState({ at });
    expect(state).toEqual({ d: 1, t: '2027-03-01T10:22:33Z' });
    expect(decodeAcknowledgementState(roundTrip(state))).toEqual({ at });
  });

  it('asks again when the saved time is unreadable', () => {
    expect(decodeAcknowledgementState({ d: 1, t: 'yesterday' })).toEqual({});
    expect(decodeAcknowledgementState({ t: '2027-03-01T10:22:33Z' })).toEqual({});
  });
});

describe('interview state', () => {
  it('saves only that the interview was seen', () => {
    expect(encodeInterviewState({ done: true })).toEqual({ d: 1 });
    expect(decodeInterviewState(undefined)).toEqual({ done: false });
  });
});
