import type { Scenario } from '../model/scenario.js';
import { nodesById } from './scenario-edges.js';
import { evaluateCondition } from './evaluate-condition.js';
import { applyEffects, initialValues } from './scenario-values.js';

/** How far the recommended choices lead, and why they stop short of an ending if they do. */
export interface RecommendedWalk {
  /** Node ids visited from the start, in order. */
  nodes: string[];
  /** True when the walk ends on an ending. */
  reached: boolean;
  /** Plain-words reason the walk stopped short, e.g. `no choice of "check-in" is marked recommended`. */
  reason?: string;
}

/**
 * Node ids from the start to an ending, following at each node the first recommended choice that is
 * offered (its `when` holds) and otherwise the first route that holds, with effects applied on the way.
 * Returns [] when that walk does not reach an ending. The debrief shows this path.
 */
export function recommendedPath(scenario: Scenario): string[] {
  const walk = walkRecommended(scenario);
  return walk.reached ? walk.nodes : [];
}

/** The walk behind {@link recommendedPath}, with the reason it stopped. */
export function walkRecommended(scenario: Scenario): RecommendedWalk {
  const byId = nodesById(scenario);
  const nodes: string[] = [];
  const visited = new Set<string>();
  let values = initialValues(scenario);
  let current = scenario.start;
  for (;;) {
    const node = byId.get(current);
    const stop = (reason: string): RecommendedWalk => ({ nodes, reached: false, reason });
    if (!node) return stop(`the node "${current}" does not exist`);
    if (visited.has(current)) return stop(`it comes back to "${current}" and goes round in a loop`);
    visited.add(current);
    nodes.push(current);
    if (node.end) return { nodes, reached: true };
    if (node.choices.length) {
      const recommended = node.choices.filter((choice) => choice.recommended);
      if (!recommended.length) return stop(`no choice of "${current}" is marked recommended`);
      const offered = recommended.find((choice) => !choice.when || evaluateCondition(choice.when, values));
      if (!offered) return stop(`the recommended choices of "${current}" are not offered on this path, because their conditions do not hold`);
      values = applyEffects(scenario, values, offered.effects);
      current = offered.goto;
    } else if (node.routes.length) {
      const route = node.routes.find((r) => !r.when || evaluateCondition(r.when, values));
      if (!route) return stop(`no route of "${current}" holds on this path`);
      current = route.goto;
    } else {
      return stop(`"${current}" has no choices and no routes`);
    }
  }
}
