import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';
import { closestId } from '../../parse/closest-id.js';
import { analyseScenario } from './scenario-analysis.js';

/** The start node must exist. */
export function scenarioMissingStart(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, hasStart } = analyseScenario(scenario);
  if (hasStart) return;
  const suggestion = closestId(scenario.start, byId.keys());
  sink.report('scenario-missing-start', {
    at: locationOf(scenario, 'start') ?? scenario.at,
    values: { start: scenario.start, scenario: scenario.id, ...(suggestion ? { suggestion } : {}) },
  });
}
