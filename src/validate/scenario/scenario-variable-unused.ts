import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { changedVariables, readVariables } from './condition-uses.js';

/** A variable nothing changes or tests is left over (and, if visible, a meter that never moves). */
export function scenarioVariableUnused(scenario: Scenario, sink: DiagnosticSink): void {
  const read = readVariables(scenario);
  const changed = changedVariables(scenario);
  for (const variable of scenario.variables) {
    if (!read.has(variable.id) && !changed.has(variable.id)) {
      sink.report('scenario-variable-unused', { at: variable.at, values: { variable: variable.id } });
    }
  }
}
