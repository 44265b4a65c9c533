import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { changedVariables, readVariables } from './condition-uses.js';

/** A variable tested in conditions but changed by no choice makes those conditions constant. */
export function scenarioVariableNeverSet(scenario: Scenario, sink: DiagnosticSink): void {
  const read = readVariables(scenario);
  const changed = changedVariables(scenario);
  for (const variable of scenario.variables) {
    if (read.has(variable.id) && !changed.has(variable.id)) {
      sink.report('scenario-variable-never-set', { at: variable.at, values: { variable: variable.id, initial: variable.initial } });
    }
  }
}
