/// <reference lib="dom" />
// The runtime's types mention DOM types (block-api.ts); its pure modules run fine in Node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuntimeCheck, RuntimePractice, RuntimeScenario } from '../../src/model/runtime-data.js';
import { encodeCheckState } from '../../src/runtime/blocks/check/check-state.js';
import { choiceCode } from '../../src/runtime/blocks/engine/choice-code.js';
import { encodePracticeState } from '../../src/runtime/blocks/practice/practice-state.js';
import { encodeScenarioState, scenarioPathLimit } from '../../src/runtime/blocks/scenario/scenario-state.js';
import { worstCaseBlockState } from '../../src/runtime/state/worst-case-state.js';

/** Bytes a block's state takes in the saved JSON. */
const size = (state: unknown): number => JSON.stringify(state).length;
const codes = (n: number): string[] => Array.from({ length: n }, (_, i) => choiceCode(i));

/**
 * The build refuses a course whose largest possible saved state does not fit its target; that is
 * only a proof if no state a learner can reach is larger than the worst case. Random progress of
 * random blocks, encoded by the blocks' own encoders, never is.
 */
describe('worst-case block state', () => {
  it('bounds every state a check can save', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }), fc.constantFrom('single', 'multiple', 'true-false'), fc.boolean(),
      fc.integer({ min: 0, max: 100_000 }), fc.boolean(), fc.constantFrom(0, 1, undefined), fc.array(fc.nat(11)),
      (count, type, graded, attempts, done, score, picked) => {
        const check: RuntimeCheck = {
          kind: 'check', id: 'q', lesson: 0, type: type as RuntimeCheck['type'], prompt: 'Q', attempts: 0, graded,
          options: codes(count).map((code) => ({ id: `o-${code}`, code, text: code, correct: false })),
        };
        const selected = [...new Set(picked.filter((i) => i < count).map(choiceCode))];
        const state = encodeCheckState({ attempts, selected: type === 'multiple' ? selected : selected.slice(0, 1), done, ...(graded && score !== undefined ? { score } : {}) });
        expect(size(state)).toBeLessThanOrEqual(size(worstCaseBlockState(check)));
      },
    ), { seed: 20271, numRuns: 500 });
  });

  it('bounds every state a practice can save', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10 }), fc.constantFrom('choose', 'order'), fc.integer({ min: 0, max: 100_000 }), fc.boolean(), fc.array(fc.nat(9)),
      (count, mode, checks, done, picked) => {
        const practice: RuntimePractice = {
          kind: 'practice', id: 'p', lesson: 0, mode: mode as RuntimePractice['mode'], situation: 'S',
          techniques: codes(count).map((code) => ({ id: `t-${code}`, code, label: code, text: code, recommended: false })),
        };
        const tried = [...new Set(picked.filter((i) => i < count).map(choiceCode))];
        const state = mode === 'order'
          ? encodePracticeState({ tried: [], order: codes(count), checked: codes(count).join(''), checks, done })
          : encodePracticeState({ tried, checks: 0, done });
        expect(size(state)).toBeLessThanOrEqual(size(worstCaseBlockState(practice)));
      },
    ), { seed: 20272, numRuns: 500 });
  });

  it('bounds every path a scenario can save, loops included', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(5), { maxLength: 200 }), fc.boolean(), fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      (choicesPerNode, path, scored, score) => {
        const scenario: RuntimeScenario = {
          kind: 'scenario', id: 's', lesson: 0, title: 'S', start: 'n0', variables: [], allowRewind: true, allowRestart: true, recommendedPath: [],
          nodes: choicesPerNode.map((n, i) => ({ id: `n${i}`, html: '', routes: [], choices: Array.from({ length: n }, (_, c) => ({ id: `c${c}`, html: '', text: '', effects: {}, goto: 'n0', recommended: false })) })),
          ...(scored ? { scoring: { ends: {}, thresholds: [], weight: 1 } } : {}),
        };
        const state = encodeScenarioState({ path, done: true, ...(scored && score !== null ? { score } : {}) }, scenarioPathLimit(scenario));
        expect(size(state)).toBeLessThanOrEqual(size(worstCaseBlockState(scenario)));
      },
    ), { seed: 20273, numRuns: 500 });
  });
});
