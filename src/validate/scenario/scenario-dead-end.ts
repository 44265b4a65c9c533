import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/** A node that is not an ending needs a way on. */
export function scenarioDeadEnd(scenario: Scenario, sink: DiagnosticSink): void {
  for (const node of scenario.nodes) {
    if (!node.end && node.choices.length === 0 && node.routes.length === 0) {
      sink.report('scenario-dead-end', { at: node.at, values: { node: node.id } });
    }
  }
}
