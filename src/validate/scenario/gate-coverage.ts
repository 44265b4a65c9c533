import type { Condition, ScenarioNode } from '../../model/scenario.js';
import { conditionVariables } from '../../graph/evaluate-condition.js';
import type { ConditionTruth } from './condition-truth.js';
import type { VariableDomain } from './value-box.js';
import { valueTruth, type ValueSet } from './value-set.js';

/** Whether any of a node's gated choices (or routes) is available, when every one of them is gated. */
export interface GateCoverage extends ConditionTruth {
  /** The variables the gates read, for messages. */
  variables: string[];
}

/**
 * For a node whose choices (or routes) all carry a readable condition: can at least one hold
 * (`canHold`), and can all fail at once (`canFail`, with an example)? Undefined when one of them is
 * ungated or unreadable, reads an undeclared variable, or the node has none.
 */
export function gateCoverage(node: ScenarioNode, which: 'choices' | 'routes', set: ValueSet, domains: ReadonlyMap<string, VariableDomain>): GateCoverage | undefined {
  const gated = which === 'choices' ? node.choices : node.routes;
  if (!gated.length) return undefined;
  const conditions: Condition[] = [];
  for (const item of gated) {
    if (!item.when) return undefined;
    conditions.push(item.when);
  }
  const any: Condition = { kind: 'or', terms: conditions };
  const variables = conditionVariables(any);
  if (!variables.every((id) => domains.has(id))) return undefined;
  return { ...valueTruth(set, any, domains), variables };
}
