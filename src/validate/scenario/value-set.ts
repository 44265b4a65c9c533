import type { Condition } from '../../model/scenario.js';
import { conditionVariables, evaluateCondition, type VariableValues } from '../../graph/evaluate-condition.js';
import { conditionTruth, type ConditionTruth } from './condition-truth.js';
import { joinBoxes, type Interval, type ValueBox, type VariableDomain } from './value-box.js';

/**
 * The values learners can have at a point of the scenario: the exact list of states when the scenario
 * is small enough to walk completely, and always the box of ranges around them.
 */
export interface ValueSet {
  box: ValueBox;
  states?: readonly VariableValues[];
}

/** A value set from exact states, with their box. */
export function valueSetOfStates(states: readonly VariableValues[], domains: ReadonlyMap<string, VariableDomain>): ValueSet {
  let box: ValueBox = null;
  for (const values of states) {
    const point = new Map<string, Interval>();
    for (const id of domains.keys()) {
      const value = values[id];
      if (value !== undefined) point.set(id, { lo: value, hi: value });
    }
    box = joinBoxes(box, point);
  }
  return { box, states };
}

/** The union of value sets; exact only when every part is. */
export function joinValueSets(sets: readonly ValueSet[]): ValueSet {
  const box = sets.reduce<ValueBox>((b, set) => joinBoxes(b, set.box), null);
  if (sets.some((set) => !set.states)) return { box };
  return { box, states: sets.flatMap((set) => set.states ?? []) };
}

/**
 * Can the condition hold, and fail, for these values? With exact states the answer is exact and a
 * failing example comes from a real path; otherwise it is decided over the box. Conditions on
 * undeclared variables (or ones with an empty range) are unknown.
 */
export function valueTruth(set: ValueSet, condition: Condition, domains: ReadonlyMap<string, VariableDomain>): ConditionTruth {
  if (!conditionVariables(condition).every((id) => domains.has(id))) return { canHold: true, canFail: true };
  if (!set.states) return conditionTruth(condition, set.box, domains);
  const truth: ConditionTruth = { canHold: false, canFail: false };
  for (const values of set.states) {
    if (evaluateCondition(condition, values)) truth.canHold = true;
    else if (!truth.canFail) {
      truth.canFail = true;
      truth.failExample = values;
    }
    if (truth.canHold && truth.canFail) break;
  }
  return truth;
}
