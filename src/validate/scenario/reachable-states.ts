import type { Scenario, ScenarioNode } from '../../model/scenario.js';
import { evaluateCondition, type VariableValues } from '../../graph/evaluate-condition.js';
import { applyEffects, initialValues } from '../../graph/scenario-values.js';

/**
 * Every combination of variable values learners can arrive with at each node, found by walking the
 * scenario as the player would (offered choices, first route that holds, effects kept within
 * min/max). Exact, but only for scenarios whose state space is small: undefined once more than
 * `limit` (node, values) pairs exist, and callers fall back to interval ranges.
 */
export function reachableStates(scenario: Scenario, byId: ReadonlyMap<string, ScenarioNode>, limit = 20_000): Map<string, VariableValues[]> | undefined {
  const order = scenario.variables.map((variable) => variable.id);
  const states = new Map<string, VariableValues[]>();
  const seen = new Set<string>();
  const queue: [ScenarioNode, VariableValues][] = [];
  let overflow = false;
  const visit = (id: string, values: VariableValues): void => {
    const node = byId.get(id);
    if (!node || overflow) return;
    const key = `${id}\u0000${order.map((v) => values[v]).join(',')}`;
    if (seen.has(key)) return;
    if (seen.size >= limit) {
      overflow = true;
      return;
    }
    seen.add(key);
    const list = states.get(id);
    if (list) list.push(values);
    else states.set(id, [values]);
    queue.push([node, values]);
  };
  visit(scenario.start, initialValues(scenario));
  for (let head = 0; head < queue.length && !overflow; head++) {
    const [node, values] = queue[head]!;
    if (node.end) continue;
    for (const choice of node.choices) {
      if (!choice.when || evaluateCondition(choice.when, values)) visit(choice.goto, applyEffects(scenario, values, choice.effects));
    }
    const route = node.routes.find((r) => !r.when || evaluateCondition(r.when, values));
    if (route) visit(route.goto, values);
  }
  return overflow ? undefined : states;
}
