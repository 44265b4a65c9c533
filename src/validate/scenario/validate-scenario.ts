import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { ValidateScenarioOptions } from './scenario-rule.js';
import { scenarioRules } from './scenario-rules.js';

/**
 * Run every static check on a parsed scenario: graph structure, variables, conditions, scoring and the
 * recommended path. Reports through the sink; linear in the graph size apart from bounded condition checks.
 */
export function validateScenario(scenario: Scenario, sink: DiagnosticSink, options: ValidateScenarioOptions = {}): void {
  for (const rule of scenarioRules) rule(scenario, sink, options);
}
