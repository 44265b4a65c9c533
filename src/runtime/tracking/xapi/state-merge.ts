import { encodeStateWithin } from '../../state/encode-state-within.js';
import { mergeLearnerStates } from '../../state/merge-learner-states.js';
import { decodeState, type DecodeStatus, type StateCourse } from '../../state/state-codec.js';

/**
 * The code that folds the learner state another tab or device wrote to an attempt into this
 * page's (`mergeSavedStates`): a feature script of xAPI and cmi5 packages
 * (src/runtime/features/lrs-state-merge.ts), loaded by the LRS adapter when the LRS first shows
 * such a write (a 412), so no first screen carries it.
 */
export interface StateMerge {
  mergeSavedStates(mine: string, theirs: string, course: StateCourse, maxBytes: number): string | undefined;
}

/**
 * Encoded state `mine` with encoded state `theirs` folded in (`mergeLearnerStates`), within
 * `maxBytes`; undefined when either cannot be read by this course or the two do not fit.
 */
export function mergeSavedStates(mine: string, theirs: string, course: StateCourse, maxBytes: number): string | undefined {
  const [own, other] = [decodeState(mine, course), decodeState(theirs, course)];
  if (!readable(own.status) || !readable(other.status)) return undefined;
  return encodeStateWithin(mergeLearnerStates(own.state, other.state), course.state, maxBytes).text;
}

const readable = (status: DecodeStatus): boolean => status === 'restored' || status === 'updated';
