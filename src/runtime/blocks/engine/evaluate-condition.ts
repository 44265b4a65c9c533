import type { RuntimeCondition } from '../../../model/runtime-data.js';

/** Current values of a scenario's impact variables, by variable id. */
export type Variables = Record<string, number>;

/**
 * Whether a condition tree holds for the given variables. The tree was parsed at build time, so the
 * browser never evaluates author text. A variable the scenario does not define counts as 0, which
 * the validator already reports at build time.
 */
export function evaluateCondition(condition: RuntimeCondition, variables: Readonly<Variables>): boolean {
  switch (condition.kind) {
    case 'compare':
      return compare(variables[condition.variable] ?? 0, condition.op, condition.value);
    case 'and':
      return condition.terms.every((term) => evaluateCondition(term, variables));
    case 'or':
      return condition.terms.some((term) => evaluateCondition(term, variables));
    case 'not':
      return !evaluateCondition(condition.term, variables);
  }
}

function compare(left: number, op: Extract<RuntimeCondition, { kind: 'compare' }>['op'], right: number): boolean {
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

/** A missing condition always holds (an ungated choice, a final catch-all route). */
export function holds(condition: RuntimeCondition | undefined, variables: Variables): boolean {
  return condition === undefined || evaluateCondition(condition, variables);
}
