import type { BlockState } from '../../block-state.js';
import type { RuntimeScenario } from '../../../model/runtime-data.js';
import { decodePath, encodePath, roundScore } from '../engine/path-code.js';

/**
 * What a scenario saves: `p` the decisions as choice codes ("bac"), `d` once any end was reached,
 * `s` the best score reached (scored scenarios), `c` while the last decision's consequence is
 * shown and not yet continued from (so a learner who comes back sees it again). Variables and the
 * current node are derived by replaying `p`, so they are never saved twice.
 */
export interface ScenarioProgress {
  path: number[];
  done: boolean;
  score?: number;
  /** The consequence of the last decision is on screen, waiting for Continue. */
  consequence?: true;
}

/**
 * Longest path saved: one decision per choice of the scenario, which covers every path that takes
 * no choice twice. A learner going round a loop beyond it resumes at an earlier point of the same
 * path; in exchange the worst-case state is known at build time (src/runtime/state/worst-case-state.ts).
 */
export function scenarioPathLimit(scenario: RuntimeScenario): number {
  return Math.max(1, scenario.nodes.reduce((sum, node) => sum + node.choices.length, 0));
}

/** Compact saved form: `{ p: "bac", d: 1, s: 0.8 }`; an empty path is left out, a long one cut at `limit`. */
export function encodeScenarioState(progress: ScenarioProgress, limit: number): BlockState {
  const state: BlockState = {};
  if (progress.path.length > 0) state.p = encodePath(progress.path.slice(0, limit));
  if (progress.done) state.d = 1;
  if (progress.score !== undefined) state.s = roundScore(progress.score);
  if (progress.consequence && progress.path.length > 0 && progress.path.length <= limit) state.c = 1;
  return state;
}

/** Read saved state defensively: anything malformed counts as a fresh start for that field. */
export function decodeScenarioState(state: BlockState | undefined): ScenarioProgress {
  const progress: ScenarioProgress = { path: decodePath(state?.p), done: state?.d === 1 };
  if (typeof state?.s === 'number' && Number.isFinite(state.s)) progress.score = roundScore(state.s);
  if (state?.c === 1 && progress.path.length > 0) progress.consequence = true;
  return progress;
}
