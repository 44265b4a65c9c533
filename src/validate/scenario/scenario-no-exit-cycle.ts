import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { reachableNodes } from '../../graph/reachable-nodes.js';
import { stronglyConnected } from '../../graph/strongly-connected.js';
import { analyseScenario } from './scenario-analysis.js';
import { describeIds } from './describe-nodes.js';

/**
 * Report each loop learners can enter but never leave towards an ending: a strongly connected group of
 * reachable nodes with every choice and route staying inside. Groups that lead out to a dead end or a
 * missing node are left to those rules, so each problem is reported once, where it can be fixed.
 */
export function scenarioNoExitCycle(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, edges, successors, hasStart, reachable } = analyseScenario(scenario);
  if (!hasStart) return;
  const predecessors = new Map<string, string[]>();
  for (const edge of edges) {
    if (!byId.has(edge.to)) continue;
    const list = predecessors.get(edge.to);
    if (list) list.push(edge.from);
    else predecessors.set(edge.to, [edge.from]);
  }
  const ends = [...byId.values()].filter((node) => node.end).map((node) => node.id);
  const canFinish = reachableNodes(ends, (id) => predecessors.get(id) ?? []);
  const trapped = [...byId.keys()].filter((id) => reachable.has(id) && !canFinish.has(id));
  const trappedSet = new Set(trapped);
  const inside = (id: string): string[] => (successors.get(id) ?? []).filter((target) => trappedSet.has(target));
  for (const component of stronglyConnected(trapped, inside)) {
    const members = new Set(component);
    const first = byId.get(component[0]!)!;
    const cyclic = component.length > 1 || (successors.get(first.id) ?? []).includes(first.id);
    const closed = component.every((id) => {
      const node = byId.get(id)!;
      return [...node.choices, ...node.routes].every((edge) => members.has(edge.goto));
    });
    if (cyclic && closed) {
      sink.report('scenario-no-exit-cycle', {
        at: first.at,
        values: { nodes: describeIds(component), node: first.id },
        related: component.slice(1, 10).map((id) => ({ at: byId.get(id)!.at, message: `"${id}" is part of the loop.` })),
      });
    }
  }
}
