import type { RuntimeScenario } from '../../../model/runtime-data.js';
import { evaluateCondition, type Variables } from './evaluate-condition.js';

/**
 * Score of a finished run, 0..1: the points of the end reached (0–100, 0 for an end the author did
 * not score) plus the points of every threshold that holds at the end, capped to 0–100. Undefined
 * when the scenario is not scored. The scenario's `weight` is applied by the shell across blocks.
 */
export function scoreScenario(scenario: RuntimeScenario, endId: string, variables: Variables): number | undefined {
  const scoring = scenario.scoring;
  if (!scoring) return undefined;
  let points = scoring.ends[endId] ?? 0;
  for (const threshold of scoring.thresholds) {
    if (evaluateCondition(threshold.when, variables)) points += threshold.points;
  }
  return Math.min(100, Math.max(0, points)) / 100;
}
