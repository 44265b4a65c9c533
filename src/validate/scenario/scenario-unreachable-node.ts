import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink, ReportDetails } from '../../diagnostics/context.js';
import type { ScenarioEdge } from '../../graph/scenario-edges.js';
import { closestId } from '../../parse/closest-id.js';
import { analyseScenario } from './scenario-analysis.js';
import { describeEdge } from './describe-nodes.js';

/**
 * Every node should be reachable from the start through some choices and routes. When a choice or
 * route learners can take leads to a node that does not exist, the node it was probably meant to
 * reach is unreachable because of it: the warning still holds, but is listed after that error.
 */
export function scenarioUnreachableNode(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, hasStart, reachable, missingTargets } = analyseScenario(scenario);
  if (!hasStart) return;
  const broken = missingTargets.filter((edge) => reachable.has(edge.from));
  for (const node of byId.values()) {
    if (reachable.has(node.id)) continue;
    const cause = likelyCause(node.id, broken, byId.keys());
    sink.report('scenario-unreachable-node', { at: node.at, values: { node: node.id, start: scenario.start }, ...(cause ? { cause } : {}) });
  }
}

/** The missing target that looks like a misspelling of `id`, else the first one learners can take. */
function likelyCause(id: string, broken: readonly ScenarioEdge[], ids: Iterable<string>): ReportDetails['cause'] {
  const names = [...ids];
  const edge = broken.find((e) => closestId(e.to, names) === id) ?? broken[0];
  if (!edge) return undefined;
  return { code: 'scenario-missing-target', at: edge.gotoAt, message: `${describeEdge(edge.kind, edge.label, edge.from)} leading to "${edge.to}", which does not exist.` };
}
