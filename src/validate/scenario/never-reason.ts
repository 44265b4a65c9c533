import type { Condition } from '../../model/scenario.js';
import { conditionVariables } from '../../graph/evaluate-condition.js';
import type { ValueSet } from './value-set.js';

/** Plain words for why a condition never holds: the values its variables can have at that point. */
export function neverReason(condition: Condition, set: ValueSet, place: string): string {
  const parts = conditionVariables(condition).map((id) => {
    const range = set.box?.get(id);
    if (!range) return `${id} is unknown`;
    const seen = set.states ? [...new Set(set.states.map((values) => values[id] ?? NaN))].sort((a, b) => a - b) : [];
    if (range.lo === range.hi) return `${id} is always ${format(range.lo)}`;
    if (seen.length > 0 && seen.length <= 4) return `${id} is ${seen.slice(0, -1).map(format).join(', ')} or ${format(seen[seen.length - 1]!)}`;
    return `${id} stays between ${format(range.lo)} and ${format(range.hi)}`;
  });
  return `${parts.join(' and ')} ${place}`;
}

/** `trust 50 and safety 20`, for messages that give an example. */
export function describeValues(values: Readonly<Record<string, number>>, variables: readonly string[]): string {
  return variables.map((id) => `${id} ${format(values[id] ?? NaN)}`).join(' and ');
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
