import type { RuntimeBlockOutline } from '../../model/runtime-data.js';
import type { LearnerState } from '../state/learner-state.js';
import { computeOutcome, type OutcomeRules } from './compute-outcome.js';
import { missedChecks } from './retake.js';

/** One thing the course's completion rules ask of the learner, in the lesson that holds it. */
export interface RequiredActivity {
  /** Index of the lesson. */
  lesson: number;
  /** Opening the lesson itself (`all-lessons`), or the id of the block to finish. */
  block?: string;
  done: boolean;
}

/**
 * What the course's `completion` asks, item by item: each lesson to open (`all-lessons`), each
 * scenario to finish, each graded check to answer, each required acknowledgement. While a retake
 * is offered, a missed check counts as not done: it is still to do. Lessons first, then blocks in
 * course order.
 */
export function requiredActivities(rules: OutcomeRules, state: Readonly<LearnerState>): RequiredActivity[] {
  const requirements = new Set(rules.completion);
  const retaking = new Set(computeOutcome(rules, state).retake ? missedChecks(rules, state).map((check) => check.id) : []);
  const items: RequiredActivity[] = [];
  if (requirements.has('all-lessons')) rules.lessons.forEach((_, index) => items.push({ lesson: index, done: state.visited.includes(index) }));
  for (const block of rules.blocks) {
    if (isRequired(requirements, block)) items.push({ lesson: block.lesson, block: block.id, done: state.blocks[block.id]?.d === 1 && !retaking.has(block.id) });
  }
  return items;
}

function isRequired(requirements: ReadonlySet<OutcomeRules['completion'][number]>, block: RuntimeBlockOutline): boolean {
  switch (block.kind) {
    case 'scenario':
      return requirements.has('scenarios');
    case 'check':
      return block.graded && requirements.has('checks');
    case 'acknowledgement':
      return block.required && requirements.has('acknowledgements');
    default:
      return false;
  }
}
