import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';

/** Every ending says how it went; the debrief and reports use it. */
export function scenarioEndWithoutOutcome(scenario: Scenario, sink: DiagnosticSink): void {
  for (const node of scenario.nodes) {
    if (node.end && !node.end.outcome) {
      sink.report('scenario-end-without-outcome', { at: locationOf(node, 'end') ?? node.at, values: { node: node.id } });
    }
  }
}
