import type { RuntimeScenario } from '../../../model/runtime-data.js';
import type { Variables } from './evaluate-condition.js';
import { applyEffects, initialVariables } from './scenario-variables.js';
import { availableChoices, findNode, followRoutes } from './scenario-graph.js';

/** One node the learner passed, and the choice (index in the node) taken there, if any. */
export interface ScenarioStep {
  node: string;
  choice?: number;
}

/** Where a list of decisions leads: everything else about a run is derived from its path. */
export interface Replay {
  /** Nodes visited in order, from the start node to `current`. */
  steps: ScenarioStep[];
  variables: Variables;
  /** The decisions that could be replayed (a prefix of the input when the course changed). */
  path: number[];
  /** The node the last decision led to (not yet routed onwards: the learner still reads it). */
  current: string;
}

/**
 * Replay saved decisions from the start. Only choice indices are saved, because variables, routes
 * and the node reached all follow from them. A decision that is no longer possible (the scenario
 * was edited) ends the replay there.
 */
export function replayPath(scenario: RuntimeScenario, path: readonly number[]): Replay {
  let variables = initialVariables(scenario);
  let current = scenario.start;
  const steps: ScenarioStep[] = [{ node: current }];
  const applied: number[] = [];
  for (const index of path) {
    const routed = followRoutes(scenario, current, variables);
    const at = routed[routed.length - 1] ?? current;
    const node = findNode(scenario, at);
    const offered = node && !node.end && availableChoices(node, variables).some((c) => c.index === index);
    const choice = node?.choices[index];
    if (!offered || !choice) break;
    for (const id of routed) steps.push({ node: id });
    steps[steps.length - 1] = { node: at, choice: index };
    variables = applyEffects(scenario, variables, choice.effects).variables;
    current = choice.goto;
    steps.push({ node: current });
    applied.push(index);
  }
  return { steps, variables, path: applied, current };
}
