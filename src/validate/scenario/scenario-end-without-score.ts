import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/** In a scored scenario, an ending missing from `scoring.ends` silently scores 0. */
export function scenarioEndWithoutScore(scenario: Scenario, sink: DiagnosticSink): void {
  const scoring = scenario.scoring;
  if (!scoring) return;
  for (const node of scenario.nodes) {
    if (node.end && scoring.ends[node.id] === undefined) sink.report('scenario-end-without-score', { at: node.at, values: { node: node.id } });
  }
}
