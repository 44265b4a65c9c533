import type { Condition } from '../model/scenario.js';

/**
 * Condition text in the author's syntax, with parentheses where precedence needs them and always after
 * `not`, so that `not (safety < 40)` cannot be misread.
 */
export function formatCondition(condition: Condition): string {
  return format(condition, 0);
}

// Binding strength: or 1, and 2, comparison 3.
function format(condition: Condition, outer: number): string {
  switch (condition.kind) {
    case 'compare':
      return `${condition.variable} ${condition.op} ${condition.value}`;
    case 'not':
      return `not (${format(condition.term, 0)})`;
    case 'and':
    case 'or': {
      const strength = condition.kind === 'or' ? 1 : 2;
      const text = condition.terms.map((term) => format(term, strength + 1)).join(` ${condition.kind} `);
      return strength < outer ? `(${text})` : text;
    }
  }
}
