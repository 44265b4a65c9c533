import { describe, expect, it } from 'vitest';
import { mergeLearnerStates } from '../../../src/runtime/state/merge-learner-states.js';
import type { LearnerState } from '../../../src/runtime/state/learner-state.js';

const state = (lesson: number, visited: number[], blocks: LearnerState['blocks']): LearnerState => ({ lesson, visited, blocks });

describe('mergeLearnerStates', () => {
  it('keeps every lesson opened in either place, and the bookmark of this one', () => {
    expect(mergeLearnerStates(state(1, [0, 1], {}), state(3, [0, 2, 3], {}))).toEqual(state(1, [0, 1, 2, 3], {}));
  });

  it('keeps the blocks only the other place has, and this one\'s where both have them', () => {
    const merged = mergeLearnerStates(state(0, [0], { 'q-signs': { d: 1, s: 1, a: 'b' }, 'r-think': { d: 1 } }), state(0, [0], { 'q-signs': { d: 1, s: 0, a: 'c' }, 'ack-policy': { d: 1, t: '2027-03-01T10:22:33Z' } }));
    expect(merged.blocks).toEqual({ 'q-signs': { d: 1, s: 1, a: 'b' }, 'r-think': { d: 1 }, 'ack-policy': { d: 1, t: '2027-03-01T10:22:33Z' } });
  });

  it('takes a block finished in the other place over one unfinished here', () => {
    const merged = mergeLearnerStates(state(0, [0], { 'break-room': { n: 'middle', v: [60] } }), state(0, [0], { 'break-room': { d: 1, n: 'good', v: [70] } }));
    expect(merged.blocks['break-room']).toEqual({ d: 1, n: 'good', v: [70] });
  });

  it('keeps a check this place reset for a retake over the wrong answer the other place still has', () => {
    const merged = mergeLearnerStates(state(0, [0], { 'q-signs': { t: 1 } }), state(0, [0], { 'q-signs': { d: 1, s: 0, a: 'c' } }));
    expect(merged.blocks['q-signs']).toEqual({ t: 1 });
    // … and the other place's later round over this one's earlier answer.
    expect(mergeLearnerStates(state(0, [0], { 'q-signs': { d: 1, s: 0, a: 'c' } }), state(0, [0], { 'q-signs': { t: 2 } })).blocks['q-signs']).toEqual({ t: 2 });
  });

  it('changes neither state', () => {
    const mine = state(0, [0], { a: { d: 1 } });
    const theirs = state(1, [1], { b: { d: 1 } });
    mergeLearnerStates(mine, theirs);
    expect(mine).toEqual(state(0, [0], { a: { d: 1 } }));
    expect(theirs).toEqual(state(1, [1], { b: { d: 1 } }));
  });
});
