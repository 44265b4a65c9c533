import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';
import { closestId } from '../../parse/closest-id.js';
import { analyseScenario } from './scenario-analysis.js';
import { describeEdge } from './describe-nodes.js';

/** Every choice and route must lead to a node that exists. */
export function scenarioMissingTarget(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, edges } = analyseScenario(scenario);
  const nodesAt = locationOf(scenario, 'nodes') ?? scenario.nodes[0]?.at;
  for (const edge of edges) {
    if (byId.has(edge.to)) continue;
    const suggestion = closestId(edge.to, byId.keys());
    sink.report('scenario-missing-target', {
      at: edge.gotoAt,
      values: { target: edge.to, source: describeEdge(edge.kind, edge.label, edge.from), ...(suggestion ? { suggestion } : {}) },
      ...(nodesAt ? { related: [{ at: nodesAt, message: 'Node ids are the keys under "nodes".' }] } : {}),
    });
  }
}
