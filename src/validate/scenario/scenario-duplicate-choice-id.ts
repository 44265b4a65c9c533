import type { Scenario, ScenarioChoice } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';

/** Choice ids are unique within their node; reports and saved progress tell choices apart by them. */
export function scenarioDuplicateChoiceId(scenario: Scenario, sink: DiagnosticSink): void {
  for (const node of scenario.nodes) {
    const first = new Map<string, ScenarioChoice>();
    for (const choice of node.choices) {
      const earlier = first.get(choice.id);
      if (!earlier) {
        first.set(choice.id, choice);
        continue;
      }
      sink.report('scenario-duplicate-choice-id', {
        at: locationOf(choice, 'id') ?? choice.at,
        values: { choice: choice.id, node: node.id },
        related: [{ at: locationOf(earlier, 'id') ?? earlier.at, message: `The first choice "${choice.id}" is here.` }],
      });
    }
  }
}
