import type { BlockState } from '../../block-state.js';
import type { RuntimeCheck } from '../../../model/runtime-data.js';

/**
 * What a check saves: `a` attempts used, `r` the last checked selection as option codes ("ac"),
 * `d` once answered right or out of attempts, `s` 1/0 for graded checks after an attempt, `t` the
 * course retake that reset it.
 * Feedback is derived from `r` on resume.
 */
export interface CheckProgress {
  attempts: number;
  selected: string[];
  done: boolean;
  score?: number;
  /** The course retake that last reset this check (`t`), kept so the retake count survives new answers. */
  retake?: number;
}

/**
 * Highest attempt count saved: two digits keep the worst-case state known at build time (see
 * src/runtime/state/worst-case-state.ts, which must follow any new field here). A learner past 99
 * attempts of an unlimited check loses nothing by it.
 */
export const maxCountSaved = 99;

/** Compact saved form: `{ a: 2, r: "ac", d: 1, s: 0 }`. */
export function encodeCheckState(progress: CheckProgress): BlockState {
  const state: BlockState = {};
  if (progress.attempts > 0) state.a = Math.min(progress.attempts, maxCountSaved);
  if (progress.selected.length > 0) state.r = progress.selected.join('');
  if (progress.done) state.d = 1;
  if (progress.score !== undefined) state.s = progress.score;
  if (progress.retake !== undefined) state.t = Math.min(progress.retake, maxCountSaved);
  return state;
}

/** Read saved state; codes that are no longer options of the check are dropped. */
export function decodeCheckState(check: RuntimeCheck, state: BlockState | undefined): CheckProgress {
  const codes = new Set(check.options.map((o) => o.code));
  const selected = typeof state?.r === 'string' ? [...state.r].filter((c) => codes.has(c)) : [];
  const attempts = typeof state?.a === 'number' && Number.isInteger(state.a) && state.a > 0 ? state.a : 0;
  const progress: CheckProgress = { attempts, selected: check.type === 'multiple' ? selected : selected.slice(0, 1), done: state?.d === 1 };
  if (state?.s === 0 || state?.s === 1) progress.score = state.s;
  if (typeof state?.t === 'number' && Number.isInteger(state.t) && state.t > 0) progress.retake = state.t;
  return progress;
}
