import type { BlockState } from '../block-state.js';

/**
 * Everything the course remembers about one learner between sessions. Kept small: it travels in
 * SCORM 1.2's `cmi.suspend_data` (4,096 characters).
 */
export interface LearnerState {
  /** Index of the lesson the learner is on. */
  lesson: number;
  /** Indexes of the lessons the learner has opened, ascending, without duplicates. */
  visited: number[];
  /** Saved state of each interactive block, by block id. */
  blocks: Record<string, BlockState>;
}

/** A fresh start: first lesson, nothing visited, no block state. */
export function emptyLearnerState(): LearnerState {
  return { lesson: 0, visited: [], blocks: {} };
}

/** Marks lesson `index` as visited, keeping `visited` sorted and unique. Returns true when it changed. */
export function markVisited(state: LearnerState, index: number): boolean {
  if (state.visited.includes(index)) return false;
  state.visited.push(index);
  state.visited.sort((a, b) => a - b);
  return true;
}
