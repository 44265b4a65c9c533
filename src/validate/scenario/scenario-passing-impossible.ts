import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';
import type { ValidateScenarioOptions } from './scenario-rule.js';
import { bestScenarioScore } from './best-scenario-score.js';
import { analyseScenario } from './scenario-analysis.js';

/**
 * A scored scenario whose best reachable score stays below the course mastery score. Not checked
 * while a choice or route leads nowhere (already an error): the ending that passes may lie behind it.
 */
export function scenarioPassingImpossible(scenario: Scenario, sink: DiagnosticSink, options: ValidateScenarioOptions = {}): void {
  const mastery = options.masteryScore;
  if (mastery === undefined || !scenario.scoring || analyseScenario(scenario).missingTargets.length) return;
  const best = bestScenarioScore(scenario);
  if (best === undefined || best >= mastery) return;
  sink.report('scenario-passing-impossible', {
    at: locationOf(scenario.scoring, 'scoring') ?? scenario.at,
    values: { scenario: scenario.id, best: Math.round(best * 100) / 100, mastery },
  });
}
