import type { RuntimeBlock } from '../../model/runtime-data.js';
import type { LearnerState } from '../state/learner-state.js';
import type { OutcomeRules } from './compute-outcome.js';

/**
 * The share of the course's completion requirements the learner has met, 0..1, counted per item:
 * each lesson to open (`all-lessons`), each scenario to finish, each graded check to answer, each
 * required acknowledgement. 1 exactly when `computeOutcome` says complete; a course that requires
 * nothing is 1. Reported as SCORM 2004 `cmi.progress_measure` (standards §2c).
 */
export function completionProgress(rules: Pick<OutcomeRules, 'lessons' | 'completion' | 'blocks'>, state: LearnerState): number {
  const done = (block: RuntimeBlock): boolean => state.blocks[block.id]?.d === 1;
  let total = 0;
  let met = 0;
  const count = (items: readonly boolean[]): void => {
    total += items.length;
    met += items.filter(Boolean).length;
  };
  for (const requirement of new Set(rules.completion)) {
    if (requirement === 'all-lessons') count(rules.lessons.map((_, index) => state.visited.includes(index)));
    else count(rules.blocks.filter((block) => counts(requirement, block)).map(done));
  }
  return total === 0 ? 1 : met / total;
}

function counts(requirement: OutcomeRules['completion'][number], block: RuntimeBlock): boolean {
  switch (requirement) {
    case 'scenarios':
      return block.kind === 'scenario';
    case 'checks':
      return block.kind === 'check' && block.graded;
    case 'acknowledgements':
      return block.kind === 'acknowledgement' && block.required;
    default:
      return false;
  }
}
