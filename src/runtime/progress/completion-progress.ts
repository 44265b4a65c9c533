import { outlinePending } from '../../model/block-outline.js';
import type { LearnerState } from '../state/learner-state.js';
import type { OutcomeRules } from './compute-outcome.js';
import { requiredActivities } from './required-activities.js';

/**
 * The share of the course's completion requirements the learner has met, 0..1, counted per item
 * (`requiredActivities`): each lesson to open (`all-lessons`), each scenario to finish, each graded
 * check to answer, each required acknowledgement. 1 exactly when `computeOutcome` says complete and
 * no retake is pending; a course that requires nothing is 1. Undefined while the rules lack a
 * long course's later lessons (`outlinePending`): what they require is not known. Reported as
 * SCORM 2004 `cmi.progress_measure` (standards §2c).
 */
export function completionProgress(rules: OutcomeRules, state: LearnerState): number | undefined {
  if (outlinePending(rules)) return undefined;
  const items = requiredActivities(rules, state);
  return items.length === 0 ? 1 : items.filter((item) => item.done).length / items.length;
}
