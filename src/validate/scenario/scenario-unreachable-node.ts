import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { analyseScenario } from './scenario-analysis.js';

/** Every node should be reachable from the start through some choices and routes. */
export function scenarioUnreachableNode(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, hasStart, reachable } = analyseScenario(scenario);
  if (!hasStart) return;
  for (const node of byId.values()) {
    if (!reachable.has(node.id)) sink.report('scenario-unreachable-node', { at: node.at, values: { node: node.id, start: scenario.start } });
  }
}
