import type { PageData, RuntimeBlockOutline } from '../../model/runtime-data.js';
import type { BlockState } from '../block-state.js';
import { maxCountSaved } from '../blocks/check/check-state.js';
import type { LearnerState } from '../state/learner-state.js';

/** The parts of PageData retakes depend on. */
export type RetakeRules = Pick<PageData, 'blocks' | 'retake'>;

/**
 * Graded checks finished without the right answer (`d` set, score not 1): what a retake resets.
 * In course order.
 */
export function missedChecks(rules: Pick<PageData, 'blocks'>, state: Readonly<LearnerState>): Extract<RuntimeBlockOutline, { kind: 'check' }>[] {
  return rules.blocks.filter((block): block is Extract<RuntimeBlockOutline, { kind: 'check' }> => {
    const saved = state.blocks[block.id];
    return block.kind === 'check' && block.graded && saved?.d === 1 && saved.s !== 1;
  });
}

/**
 * Retakes used so far. Each retake stamps the checks it resets with its number (`t` in the check's
 * state), so the count travels with the saved state without a field of its own; the highest stamp
 * is the count.
 */
export function retakesUsed(rules: Pick<PageData, 'blocks'>, state: Readonly<LearnerState>): number {
  let used = 0;
  for (const block of rules.blocks) {
    const stamp = block.kind === 'check' ? state.blocks[block.id]?.t : undefined;
    if (typeof stamp === 'number' && Number.isInteger(stamp) && stamp > used) used = stamp;
  }
  return used;
}

/**
 * True while a retake is under way: a check it reset is not answered again yet. The result is not
 * final then, whatever the score without that check.
 */
export function retakeUnderWay(rules: Pick<PageData, 'blocks'>, state: Readonly<LearnerState>): boolean {
  return rules.blocks.some((block) => block.kind === 'check' && block.graded && state.blocks[block.id]?.t !== undefined && state.blocks[block.id]?.d !== 1);
}

/** True when the course offers a retake now: retakes allowed, not used up, and a missed check to retake. */
export function retakeAvailable(rules: RetakeRules, state: Readonly<LearnerState>): boolean {
  if (!rules.retake) return false;
  const { limit } = rules.retake;
  if (limit !== undefined && retakesUsed(rules, state) >= limit) return false;
  return missedChecks(rules, state).length > 0;
}

/**
 * The block states after a retake: each missed check starts afresh (no answer, attempts, score),
 * keeping only the retake stamp. Other blocks are untouched.
 */
export function retakeStates(rules: RetakeRules, state: Readonly<LearnerState>): Record<string, BlockState> {
  // The stamp stops at the largest count saved state holds; past it retakes go on, uncounted.
  const stamp = Math.min(retakesUsed(rules, state) + 1, maxCountSaved);
  const reset: Record<string, BlockState> = {};
  for (const check of missedChecks(rules, state)) reset[check.id] = { t: stamp };
  return reset;
}

