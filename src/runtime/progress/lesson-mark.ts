import type { RuntimeBlockOutline, PageData } from '../../model/runtime-data.js';
import type { LearnerState } from '../state/learner-state.js';

/** How a lesson shows in the menu: finished, opened, or not opened yet. */
export type LessonMark = 'complete' | 'visited' | 'new';

/**
 * A lesson is complete once visited and every block in it that counts for completion is done
 * (scenarios, graded checks, required acknowledgements); visited otherwise.
 */
export function lessonMark(data: Pick<PageData, 'blocks'>, state: Readonly<LearnerState>, index: number): LessonMark {
  if (!state.visited.includes(index)) return 'new';
  const open = data.blocks.some((block) => block.lesson === index && countsForCompletion(block) && state.blocks[block.id]?.d !== 1);
  return open ? 'visited' : 'complete';
}

function countsForCompletion(block: RuntimeBlockOutline): boolean {
  switch (block.kind) {
    case 'scenario':
      return true;
    case 'check':
      return block.graded;
    case 'acknowledgement':
      return block.required;
    default:
      return false;
  }
}
