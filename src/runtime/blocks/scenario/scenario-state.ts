import type { BlockState } from '../../block-api.js';
import { decodePath, encodePath, roundScore } from '../engine/path-code.js';

/**
 * What a scenario saves: `p` the decisions as choice codes ("bac"), `d` once any end was reached,
 * `s` the best score reached (scored scenarios). Variables and the current node are derived by
 * replaying `p`, so they are never saved twice.
 */
export interface ScenarioProgress {
  path: number[];
  done: boolean;
  score?: number;
}

/** Compact saved form: `{ p: "bac", d: 1, s: 0.8 }`; an empty path is left out. */
export function encodeScenarioState(progress: ScenarioProgress): BlockState {
  const state: BlockState = {};
  if (progress.path.length > 0) state.p = encodePath(progress.path);
  if (progress.done) state.d = 1;
  if (progress.score !== undefined) state.s = roundScore(progress.score);
  return state;
}

/** Read saved state defensively: anything malformed counts as a fresh start for that field. */
export function decodeScenarioState(state: BlockState | undefined): ScenarioProgress {
  const progress: ScenarioProgress = { path: decodePath(state?.p), done: state?.d === 1 };
  if (typeof state?.s === 'number' && Number.isFinite(state.s)) progress.score = roundScore(state.s);
  return progress;
}
