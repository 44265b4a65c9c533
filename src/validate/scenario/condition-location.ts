import type { SourceLocation } from '../../model/position.js';
import { tokenizeCondition } from '../../parse/scenario/tokenize-condition.js';
import { columnInCondition } from '../../parse/scenario/parse-when.js';

/** Where a variable name first appears inside a condition, or the condition's location. */
export function variableInCondition(whenAt: SourceLocation, whenSource: string | undefined, variable: string): SourceLocation {
  if (whenSource === undefined) return whenAt;
  const tokens = tokenizeCondition(whenSource);
  if (!Array.isArray(tokens)) return whenAt;
  const token = tokens.find((t) => t.kind === 'identifier' && t.text === variable);
  return token ? columnInCondition(whenAt, whenSource, token.column, token.text.length) : whenAt;
}
