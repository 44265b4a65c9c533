import type { BlockState } from '../../block-state.js';
import type { RuntimePractice } from '../../../model/runtime-data.js';
import { validOrder } from './practice-order.js';
import { maxCountSaved } from '../check/check-state.js';

/**
 * What a practice saves. Choose mode: `t` the techniques tried, in order ("ca"). Order mode: `o`
 * the current order ("bca"), `k` the order last checked and `c` the number of times it was checked. `d` once done.
 */
export interface PracticeProgress {
  tried: string[];
  order?: string[];
  /** Order mode: the order last checked (and reported), so checking it again is not a new attempt. */
  checked?: string;
  checks: number;
  done: boolean;
}

/** Compact saved form: `{ t: "ca", d: 1 }` or `{ o: "bca", c: 1, d: 1 }`; src/runtime/state/worst-case-state.ts follows it. */
export function encodePracticeState(progress: PracticeProgress): BlockState {
  const state: BlockState = {};
  if (progress.tried.length > 0) state.t = progress.tried.join('');
  if (progress.order) state.o = progress.order.join('');
  if (progress.checked) state.k = progress.checked;
  if (progress.checks > 0) state.c = Math.min(progress.checks, maxCountSaved);
  if (progress.done) state.d = 1;
  return state;
}

/** Read saved state; unknown codes and orders that no longer fit the techniques are dropped. */
export function decodePracticeState(practice: RuntimePractice, state: BlockState | undefined): PracticeProgress {
  const codes = practice.techniques.map((t) => t.code);
  const tried = typeof state?.t === 'string' ? [...new Set(state.t)].filter((c) => codes.includes(c)) : [];
  const order = typeof state?.o === 'string' ? [...state.o] : undefined;
  const checks = typeof state?.c === 'number' && Number.isInteger(state.c) && state.c > 0 ? state.c : 0;
  return {
    tried,
    ...(order && validOrder(codes, order) ? { order } : {}),
    ...(typeof state?.k === 'string' && validOrder(codes, [...state.k]) ? { checked: state.k } : {}),
    checks,
    done: state?.d === 1,
  };
}
