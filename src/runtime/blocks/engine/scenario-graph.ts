import type { RuntimeScenario, RuntimeScenarioChoice, RuntimeScenarioNode } from '../../../model/runtime-data.js';
import { holds, type Variables } from './evaluate-condition.js';

/** A choice the learner may take now, with its position in the node (its code). */
export interface OfferedChoice {
  choice: RuntimeScenarioChoice;
  index: number;
}

/** The node with this id, or undefined when the data names a node that does not exist. */
export function findNode(scenario: RuntimeScenario, id: string): RuntimeScenarioNode | undefined {
  return scenario.nodes.find((node) => node.id === id);
}

/** Choices whose `when` gate holds for the current variables, in author order. */
export function availableChoices(node: RuntimeScenarioNode, variables: Variables): OfferedChoice[] {
  const offered: OfferedChoice[] = [];
  node.choices.forEach((choice, index) => {
    if (holds(choice.when, variables)) offered.push({ choice, index });
  });
  return offered;
}

/**
 * Where a node leads by itself: the first route whose condition holds. Only nodes that offer no
 * choice route; ends and decision nodes wait for the learner.
 */
export function nextByRoutes(node: RuntimeScenarioNode, variables: Variables): string | undefined {
  if (node.end || availableChoices(node, variables).length > 0) return undefined;
  return node.routes.find((route) => holds(route.when, variables))?.goto;
}

/**
 * The nodes passed through by following routes from `from` (excluded) until a node that waits for
 * the learner. A route cycle stops after visiting every node once, so bad data cannot hang the page.
 */
export function followRoutes(scenario: RuntimeScenario, from: string, variables: Variables): string[] {
  const passed: string[] = [];
  let node = findNode(scenario, from);
  while (node && passed.length < scenario.nodes.length) {
    const next = nextByRoutes(node, variables);
    if (next === undefined) break;
    passed.push(next);
    node = findNode(scenario, next);
  }
  return passed;
}

/** Where the learner ends up after arriving at `from`: the last node routes lead to. */
export function settle(scenario: RuntimeScenario, from: string, variables: Variables): string {
  const passed = followRoutes(scenario, from, variables);
  return passed[passed.length - 1] ?? from;
}

/**
 * The node the player shows a learner coming back to a scenario whose last decision led to
 * `current`: the ending, once its routes lead to one; else `current` itself (still to be read).
 */
export function shownNode(scenario: RuntimeScenario, current: string, variables: Variables): string {
  const settled = settle(scenario, current, variables);
  return findNode(scenario, settled)?.end ? settled : current;
}

/**
 * The result a decision reports: `correct` for a recommended choice, `incorrect` when the node has
 * a recommended choice and this is another, `neutral` when the node recommends nothing.
 */
export function choiceResult(node: RuntimeScenarioNode, index: number): 'correct' | 'incorrect' | 'neutral' {
  if (node.choices[index]?.recommended) return 'correct';
  return node.choices.some((choice) => choice.recommended) ? 'incorrect' : 'neutral';
}
