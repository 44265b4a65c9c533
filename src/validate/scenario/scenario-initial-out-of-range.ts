import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';

/** A variable's range is not empty and its initial value lies inside it. */
export function scenarioInitialOutOfRange(scenario: Scenario, sink: DiagnosticSink): void {
  for (const variable of scenario.variables) {
    const values = { variable: variable.id, min: variable.min, max: variable.max, initial: variable.initial };
    if (variable.min > variable.max) {
      sink.report('scenario-variable-min-above-max', { at: locationOf(variable, 'min') ?? variable.at, values });
    } else if (variable.initial < variable.min || variable.initial > variable.max) {
      sink.report('scenario-initial-out-of-range', { at: locationOf(variable, 'initial') ?? variable.at, values });
    }
  }
}
