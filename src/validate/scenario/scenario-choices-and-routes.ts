import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/** A node either lets the learner decide (choices) or decides itself (routes), never both. */
export function scenarioChoicesAndRoutes(scenario: Scenario, sink: DiagnosticSink): void {
  for (const node of scenario.nodes) {
    if (node.choices.length && node.routes.length) sink.report('scenario-choices-and-routes', { at: node.at, values: { node: node.id } });
  }
}
