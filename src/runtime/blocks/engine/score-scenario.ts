import type { RuntimeScenario } from '../../../model/runtime-data.js';
import { evaluateCondition, type Variables } from './evaluate-condition.js';

type Scoring = Pick<NonNullable<RuntimeScenario['scoring']>, 'ends' | 'thresholds'>;

/**
 * Points (0–100) for finishing at `endId`: the end's points (0 for an end the author did not
 * score) plus the points of every threshold that holds, capped to 0–100. Undefined when the
 * scenario is not scored. Shared with the build's path listing, so both always agree.
 */
export function scenarioPoints(scoring: Scoring | undefined, endId: string, variables: Readonly<Variables>): number | undefined {
  if (!scoring) return undefined;
  let points = scoring.ends[endId] ?? 0;
  for (const threshold of scoring.thresholds) {
    if (evaluateCondition(threshold.when, variables)) points += threshold.points;
  }
  return Math.min(100, Math.max(0, points));
}

/** Score of a finished run, 0..1; the scenario's `weight` is applied by the shell across blocks. */
export function scoreScenario(scenario: RuntimeScenario, endId: string, variables: Variables): number | undefined {
  const points = scenarioPoints(scenario.scoring, endId, variables);
  return points === undefined ? undefined : points / 100;
}
