import type { Condition, Scenario } from '../../model/scenario.js';
import type { SourceLocation } from '../../model/position.js';
import { conditionVariables } from '../../graph/evaluate-condition.js';

/** One condition of the scenario with where it is and how to name it in messages. */
export interface ConditionUse {
  when: Condition;
  whenSource?: string;
  whenAt: SourceLocation;
  /** e.g. `the choice "laugh" of "intro"`, `route 2 of "check-in"`, `scoring threshold 1`. */
  where: string;
  /** Node whose arrival values the condition is tested with; undefined for scoring thresholds. */
  node?: string;
}

/** Every parsed condition: choices, routes, then scoring thresholds. */
export function conditionUses(scenario: Scenario): ConditionUse[] {
  const uses: ConditionUse[] = [];
  for (const node of scenario.nodes) {
    for (const choice of node.choices) {
      if (choice.when) uses.push(use(choice.when, choice.whenSource, choice.whenAt ?? choice.at, `the choice "${choice.id}" of "${node.id}"`, node.id));
    }
    node.routes.forEach((route, index) => {
      if (route.when) uses.push(use(route.when, route.whenSource, route.whenAt ?? route.at, `route ${index + 1} of "${node.id}"`, node.id));
    });
  }
  scenario.scoring?.thresholds.forEach((threshold, index) => {
    uses.push(use(threshold.when, threshold.whenSource, threshold.at, `scoring threshold ${index + 1}`));
  });
  return uses;
}

/** Ids of variables read by any condition. */
export function readVariables(scenario: Scenario): Set<string> {
  return new Set(conditionUses(scenario).flatMap((u) => conditionVariables(u.when)));
}

/** Ids of variables some choice changes (a non-zero effect). */
export function changedVariables(scenario: Scenario): Set<string> {
  const changed = new Set<string>();
  for (const node of scenario.nodes) {
    for (const choice of node.choices) {
      for (const [id, change] of Object.entries(choice.effects)) if (change !== 0) changed.add(id);
    }
  }
  return changed;
}

function use(when: Condition, whenSource: string | undefined, whenAt: SourceLocation, where: string, node?: string): ConditionUse {
  return { when, whenAt, where, ...(whenSource !== undefined ? { whenSource } : {}), ...(node !== undefined ? { node } : {}) };
}
