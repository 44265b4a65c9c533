import type { Scenario } from '../model/scenario.js';
import { evaluateCondition, type VariableValues } from './evaluate-condition.js';

/**
 * The score (0–100) of finishing at `endId` with the given values: the ending's score under
 * `scoring.ends` (0 if it has none) plus the points of every threshold that holds, kept within 0–100.
 * Undefined when the scenario is not scored.
 */
export function scenarioScore(scenario: Scenario, endId: string, values: VariableValues): number | undefined {
  const scoring = scenario.scoring;
  if (!scoring) return undefined;
  let score = scoring.ends[endId] ?? 0;
  for (const threshold of scoring.thresholds) {
    if (evaluateCondition(threshold.when, values)) score += threshold.points;
  }
  return Math.min(100, Math.max(0, score));
}
