import type { BlockState } from '../../block-state.js';

/** What an interview saves: `{ d: 1 }` once the recording ended or the transcript was opened. */
export interface InterviewProgress {
  done: boolean;
}

/** Saved form of an interview: `{ d: 1 }` once seen, else empty. */
export function encodeInterviewState(progress: InterviewProgress): BlockState {
  return progress.done ? { d: 1 } : {};
}

/** Read an interview's saved state. */
export function decodeInterviewState(state: BlockState | undefined): InterviewProgress {
  return { done: state?.d === 1 };
}
