import type { BlockState } from '../../block-state.js';

/**
 * What a reflection saves to the LMS: only `d: 1` once the learner confirmed (or, without a
 * confirm step, once they wrote something). The text itself lives in device storage under
 * `reflectionKey` and never enters BlockState.
 */
export interface ReflectionProgress {
  done: boolean;
}

/** Saved form of a reflection: `{ d: 1 }` or empty, never the text. */
export function encodeReflectionState(progress: ReflectionProgress): BlockState {
  return progress.done ? { d: 1 } : {};
}

/** Read a reflection's saved state. */
export function decodeReflectionState(state: BlockState | undefined): ReflectionProgress {
  return { done: state?.d === 1 };
}

/** Device-storage key of a reflection's text (the host's storage is already per block). */
export const reflectionKey = 'text';
