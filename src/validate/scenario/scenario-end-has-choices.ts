import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';

/** An ending stops the scenario, so choices or routes on it would never be shown. */
export function scenarioEndHasChoices(scenario: Scenario, sink: DiagnosticSink): void {
  for (const node of scenario.nodes) {
    if (!node.end) continue;
    const parts = [node.choices.length ? 'choices' : '', node.routes.length ? 'routes' : ''].filter(Boolean);
    if (parts.length) sink.report('scenario-end-has-choices', { at: locationOf(node, 'end') ?? node.at, values: { node: node.id, what: parts.join(' and ') } });
  }
}
