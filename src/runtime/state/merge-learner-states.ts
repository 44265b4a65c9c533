import type { BlockState } from '../block-state.js';
import type { LearnerState } from './learner-state.js';

/**
 * The progress of one attempt made in two places at once (a ward PC left open while the learner
 * goes on on their phone; two tabs), as one: every lesson opened in either, and each block as far
 * as either took it. Where both have a block, the one further on wins: a later retake round (a
 * check's numeric `t`, see retake.ts), else a finished block over an unfinished one, else `mine`.
 * So a retake begun here is not undone by the other's earlier wrong answer, and a scenario finished
 * there is not lost to one half-played here. The bookmark is `mine`: where this learner is now.
 * Pure; neither argument is changed.
 */
export function mergeLearnerStates(mine: LearnerState, theirs: LearnerState): LearnerState {
  const blocks: Record<string, BlockState> = { ...theirs.blocks, ...mine.blocks };
  for (const [id, other] of Object.entries(theirs.blocks)) {
    const own = mine.blocks[id];
    if (own && further(other, own)) blocks[id] = other;
  }
  const visited = [...new Set([...mine.visited, ...theirs.visited])].sort((a, b) => a - b);
  return { lesson: mine.lesson, visited, blocks };
}

/** Whether block state `a` is further on than `b`. */
function further(a: BlockState, b: BlockState): boolean {
  const round = (state: BlockState): number => (typeof state.t === 'number' ? state.t : 0);
  if (round(a) !== round(b)) return round(a) > round(b);
  return a.d === 1 && b.d !== 1;
}
