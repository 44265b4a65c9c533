import { outlinePending } from '../../model/block-outline.js';
import type { RuntimeBlockOutline, PageData } from '../../model/runtime-data.js';
import type { LearnerState } from '../state/learner-state.js';
import type { TrackerStatus } from '../tracking/tracker-status.js';
import { retakeAvailable, retakeUnderWay } from './retake.js';

/** Lesson status in the vocabulary every tracking standard can map (the tracker's own). */
export type OutcomeStatus = TrackerStatus;

/** Where the learner stands, as reported to the LMS. */
export interface Outcome {
  /** Every completion requirement of the course holds. */
  complete: boolean;
  /** 0–100, rounded to two decimals; undefined when the course has nothing graded. */
  score: number | undefined;
  status: OutcomeStatus;
  /**
   * Set when the score is below the mastery score but the learner may retake the checks they
   * missed: the status stays `incomplete` (no "failed" reaches the LMS) until they pass or the
   * retakes run out.
   */
  retake?: true;
}

/** The parts of PageData the outcome depends on. */
export type OutcomeRules = Pick<PageData, 'lessons' | 'lessonCount' | 'completion' | 'masteryScore' | 'blocks' | 'retake'>;

/**
 * Completion and score per the course rules: every listed requirement must hold; the score is
 * the weighted mean of graded blocks' `s` (unanswered counts as 0). With a mastery score, a
 * complete course is passed or failed by it; without one it is completed. Below the mastery score
 * with a retake still possible (`retakeAvailable`), the course is not failed but stays incomplete.
 * Until the rules hold the whole course's outline (`outlinePending`), it is incomplete, unscored.
 */
/**
 * The score the course sends with `outcome`: only with a final status. Before that it counts
 * unanswered blocks as 0 (or a retake is pending), and an LMS whose mastery score overrides the
 * status (Moodle's default) would record "failed" when the learner leaves.
 */
export function reportedScore(outcome: Pick<Outcome, 'score' | 'status'>): number | undefined {
  return outcome.status !== 'incomplete' ? outcome.score : undefined;
}

export function computeOutcome(rules: OutcomeRules, state: LearnerState): Outcome {
  // Before a long course's later lessons are known, nothing is judged: what is not known yet may be required or graded.
  if (outlinePending(rules)) return { complete: false, score: undefined, status: 'incomplete' };
  const complete = rules.completion.every((requirement) => requirementHolds(requirement, rules, state));
  const score = computeScore(rules.blocks, state);
  let status: OutcomeStatus = 'incomplete';
  if (complete) {
    status = rules.masteryScore !== undefined && score !== undefined
      ? (score >= rules.masteryScore ? 'passed' : 'failed')
      : 'completed';
  }
  if (status === 'failed' && rules.retake) {
    if (retakeAvailable(rules, state)) return { complete, score, status: 'incomplete', retake: true };
    if (retakeUnderWay(rules, state)) return { complete, score, status: 'incomplete' };
  }
  return { complete, score, status };
}

/** Percentage of lessons visited, 0–100, rounded down so 100 means all. */
export function lessonProgress(lessonCount: number, state: LearnerState): number {
  if (lessonCount <= 0) return 100;
  const visited = state.visited.filter((index) => index >= 0 && index < lessonCount).length;
  return Math.floor((visited * 100) / lessonCount);
}

function requirementHolds(requirement: OutcomeRules['completion'][number], rules: OutcomeRules, state: LearnerState): boolean {
  const done = (block: RuntimeBlockOutline): boolean => state.blocks[block.id]?.d === 1;
  switch (requirement) {
    case 'all-lessons':
      return rules.lessons.every((_, index) => state.visited.includes(index));
    case 'scenarios':
      return rules.blocks.every((block) => block.kind !== 'scenario' || done(block));
    case 'checks':
      return rules.blocks.every((block) => block.kind !== 'check' || !block.graded || done(block));
    case 'acknowledgements':
      return rules.blocks.every((block) => block.kind !== 'acknowledgement' || !block.required || done(block));
    default:
      return true;
  }
}

function computeScore(blocks: RuntimeBlockOutline[], state: LearnerState): number | undefined {
  let weights = 0;
  let total = 0;
  for (const block of blocks) {
    const weight = gradedWeight(block);
    if (weight <= 0) continue;
    const s = state.blocks[block.id]?.s;
    weights += weight;
    total += weight * (typeof s === 'number' && s >= 0 && s <= 1 ? s : 0);
  }
  if (weights === 0) return undefined;
  return Math.round((total / weights) * 10000) / 100;
}

function gradedWeight(block: RuntimeBlockOutline): number {
  if (block.kind === 'check') return block.graded ? 1 : 0;
  if (block.kind === 'scenario') return block.scoring ? block.scoring.weight : 0;
  return 0;
}
