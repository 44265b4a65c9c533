import type { RuntimeScenario } from '../../../model/runtime-data.js';
import type { ScenarioStep } from './replay-path.js';
import { findNode } from './scenario-graph.js';

/** One decision in a debrief list. */
export interface PathDecision {
  node: string;
  /** Index of the choice taken (learner) or to take (recommended). */
  choice: number;
  /** The author marked this choice as recommended. */
  recommended: boolean;
  /** For a learner decision that differs: the recommended choice at that node. */
  instead?: number;
}

/** The learner's decisions next to the recommended ones, for the end-of-scenario debrief. */
export interface PathComparison {
  learner: PathDecision[];
  recommended: PathDecision[];
  /**
   * The learner took a recommended choice at every decision (where several fit, any of them: one
   * of the fitting 5 Ds is as right as another), or visited exactly the recommended nodes.
   */
  followed: boolean;
  /** How many learner decisions passed over a recommended choice. */
  differences: number;
}

/** Compare the steps of a run with the scenario's recommended path. */
export function comparePaths(scenario: RuntimeScenario, steps: readonly ScenarioStep[]): PathComparison {
  const learner: PathDecision[] = [];
  for (const step of steps) {
    if (step.choice === undefined) continue;
    const choices = findNode(scenario, step.node)?.choices ?? [];
    const recommended = choices[step.choice]?.recommended === true;
    const instead = recommended ? -1 : choices.findIndex((c) => c.recommended);
    learner.push({ node: step.node, choice: step.choice, recommended, ...(instead >= 0 ? { instead } : {}) });
  }
  const differences = learner.filter((d) => d.instead !== undefined).length;
  const sameNodes =
    steps.length === scenario.recommendedPath.length && steps.every((s, i) => s.node === scenario.recommendedPath[i]);
  const everyRecommended = learner.length > 0 && learner.every((d) => d.recommended);
  return { learner, recommended: recommendedDecisions(scenario), followed: everyRecommended || (sameNodes && differences === 0), differences };
}

/**
 * The decisions along `recommendedPath`: at each node, the choice leading to the next node,
 * preferring a recommended one. Steps taken by routes are not decisions and are skipped.
 */
export function recommendedDecisions(scenario: RuntimeScenario): PathDecision[] {
  const decisions: PathDecision[] = [];
  const path = scenario.recommendedPath;
  for (let i = 0; i + 1 < path.length; i++) {
    const node = findNode(scenario, path[i] ?? '');
    if (!node) continue;
    const leading = node.choices.map((choice, index) => ({ choice, index })).filter((c) => c.choice.goto === path[i + 1]);
    const pick = leading.find((c) => c.choice.recommended) ?? leading[0];
    if (pick) decisions.push({ node: node.id, choice: pick.index, recommended: pick.choice.recommended });
  }
  return decisions;
}
