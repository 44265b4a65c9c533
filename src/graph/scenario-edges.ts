import type { Condition, Scenario, ScenarioNode } from '../model/scenario.js';
import type { SourceLocation } from '../model/position.js';

/** One arrow of the decision graph: a choice the learner picks or an automatic route. */
export interface ScenarioEdge {
  from: string;
  to: string;
  kind: 'choice' | 'route';
  /** Choice id, or the 1-based route number as text. */
  label: string;
  when?: Condition;
  whenSource?: string;
  recommended: boolean;
  effects: Record<string, number>;
  gotoAt: SourceLocation;
}

/** The scenario's nodes by id; the first node wins if an id repeats. */
export function nodesById(scenario: Scenario): Map<string, ScenarioNode> {
  const map = new Map<string, ScenarioNode>();
  for (const node of scenario.nodes) if (!map.has(node.id)) map.set(node.id, node);
  return map;
}

/** The outgoing edges of a node: its choices in order, then its routes in order. */
export function nodeEdges(node: ScenarioNode): ScenarioEdge[] {
  const edges: ScenarioEdge[] = node.choices.map((choice) => ({
    from: node.id,
    to: choice.goto,
    kind: 'choice',
    label: choice.id,
    ...(choice.when ? { when: choice.when } : {}),
    ...(choice.whenSource !== undefined ? { whenSource: choice.whenSource } : {}),
    recommended: choice.recommended,
    effects: choice.effects,
    gotoAt: choice.gotoAt,
  }));
  node.routes.forEach((route, index) => {
    edges.push({
      from: node.id,
      to: route.goto,
      kind: 'route',
      label: String(index + 1),
      ...(route.when ? { when: route.when } : {}),
      ...(route.whenSource !== undefined ? { whenSource: route.whenSource } : {}),
      recommended: false,
      effects: {},
      gotoAt: route.gotoAt,
    });
  });
  return edges;
}

/** Every edge of the scenario, in node order. */
export function scenarioEdges(scenario: Scenario): ScenarioEdge[] {
  return scenario.nodes.flatMap(nodeEdges);
}

/** Successor ids per node id (targets that exist only), in edge order without repeats. */
export function successorMap(scenario: Scenario): Map<string, string[]> {
  const byId = nodesById(scenario);
  const successors = new Map<string, string[]>();
  for (const node of byId.values()) {
    const targets = new Set<string>();
    for (const edge of nodeEdges(node)) if (byId.has(edge.to)) targets.add(edge.to);
    successors.set(node.id, [...targets]);
  }
  return successors;
}
