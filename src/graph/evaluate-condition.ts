import type { Condition } from '../model/scenario.js';
import { evaluateCondition as evaluateInPlayer } from '../runtime/blocks/engine/evaluate-condition.js';

/** Variable values by id. */
export type VariableValues = Readonly<Record<string, number>>;

/**
 * Whether a condition holds for the given values. Build-time analysis uses the player's own
 * engine, so the paths it lists are the paths learners can take.
 */
export function evaluateCondition(condition: Condition, values: VariableValues): boolean {
  return evaluateInPlayer(condition, values);
}

/** The variables a condition reads, in order of first use. */
export function conditionVariables(condition: Condition, into: string[] = []): string[] {
  if (condition.kind === 'compare') {
    if (!into.includes(condition.variable)) into.push(condition.variable);
  } else if (condition.kind === 'not') {
    conditionVariables(condition.term, into);
  } else {
    for (const term of condition.terms) conditionVariables(term, into);
  }
  return into;
}
