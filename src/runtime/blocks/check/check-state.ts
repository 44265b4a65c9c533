import type { BlockState } from '../../block-api.js';
import type { RuntimeCheck } from '../../../model/runtime-data.js';

/**
 * What a check saves: `a` attempts used, `r` the last checked selection as option codes ("ac"),
 * `d` once answered right or out of attempts, `s` 1/0 for graded checks after an attempt.
 * Feedback is derived from `r` on resume.
 */
export interface CheckProgress {
  attempts: number;
  selected: string[];
  done: boolean;
  score?: number;
}

/** Compact saved form: `{ a: 2, r: "ac", d: 1, s: 0 }`. */
export function encodeCheckState(progress: CheckProgress): BlockState {
  const state: BlockState = {};
  if (progress.attempts > 0) state.a = progress.attempts;
  if (progress.selected.length > 0) state.r = progress.selected.join('');
  if (progress.done) state.d = 1;
  if (progress.score !== undefined) state.s = progress.score;
  return state;
}

/** Read saved state; codes that are no longer options of the check are dropped. */
export function decodeCheckState(check: RuntimeCheck, state: BlockState | undefined): CheckProgress {
  const codes = new Set(check.options.map((o) => o.code));
  const selected = typeof state?.r === 'string' ? [...state.r].filter((c) => codes.has(c)) : [];
  const attempts = typeof state?.a === 'number' && Number.isInteger(state.a) && state.a > 0 ? state.a : 0;
  const progress: CheckProgress = { attempts, selected: check.type === 'multiple' ? selected : selected.slice(0, 1), done: state?.d === 1 };
  if (state?.s === 0 || state?.s === 1) progress.score = state.s;
  return progress;
}
