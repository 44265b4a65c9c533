import type { Comparison, Condition } from '../model/scenario.js';

/** Variable values by id. */
export type VariableValues = Readonly<Record<string, number>>;

/** Whether a condition holds for the given values; a comparison on an unknown variable is false. */
export function evaluateCondition(condition: Condition, values: VariableValues): boolean {
  switch (condition.kind) {
    case 'compare':
      return compare(condition, values[condition.variable]);
    case 'and':
      return condition.terms.every((term) => evaluateCondition(term, values));
    case 'or':
      return condition.terms.some((term) => evaluateCondition(term, values));
    case 'not':
      return !evaluateCondition(condition.term, values);
  }
}

/** Whether `value` satisfies one comparison. */
export function compare(comparison: Comparison, value: number | undefined): boolean {
  if (value === undefined) return false;
  const target = comparison.value;
  switch (comparison.op) {
    case '<':
      return value < target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '>=':
      return value >= target;
    case '==':
      return value === target;
    case '!=':
      return value !== target;
  }
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
