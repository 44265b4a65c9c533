import type { Scenario } from '../model/scenario.js';
import type { VariableValues } from './evaluate-condition.js';
import { scenarioPoints } from '../runtime/blocks/engine/score-scenario.js';

/**
 * The score (0–100) of finishing at `endId` with the given values, computed by the player's own
 * scoring; undefined when the scenario is not scored.
 */
export function scenarioScore(scenario: Scenario, endId: string, values: VariableValues): number | undefined {
  return scenarioPoints(scenario.scoring, endId, values);
}
