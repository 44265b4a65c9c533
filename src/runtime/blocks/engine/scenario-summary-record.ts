import type { InteractionRecord } from '../../block-api.js';
import type { RuntimeScenario, RuntimeScenarioNode } from '../../../model/runtime-data.js';
import { scenarioOutcomeChoices, scenarioSummaryId, scenarioSummaryType } from '../../../model/scenario-summary.js';
import type { Variables } from './evaluate-condition.js';
import { scenarioPoints } from './score-scenario.js';

/**
 * The summary a scenario reports when it reaches `end`: its points (0–100) when it is scored,
 * else its outcome. No path, no choice, no latency. Marked `summary`, so the block host sends it
 * only under `reporting.decisions: anonymous-score` (src/runtime/shell/decision-policy.ts).
 */
export function scenarioSummaryRecord(scenario: RuntimeScenario, end: RuntimeScenarioNode, variables: Readonly<Variables>): InteractionRecord {
  const base = { id: scenarioSummaryId(scenario.id), result: 'neutral', summary: true } as const;
  const points = scenarioPoints(scenario.scoring, end.id, variables);
  if (points !== undefined) {
    return { ...base, type: scenarioSummaryType(true), description: `${scenario.title}: score (0–100)`, response: [String(Math.round(points))] };
  }
  return {
    ...base,
    type: scenarioSummaryType(false),
    description: `${scenario.title}: outcome`,
    response: [end.end?.outcome ?? 'ended'],
    choices: scenarioOutcomeChoices.map((choice) => ({ ...choice })),
  };
}
