/** One lexical piece of a condition, with its 1-based column in the condition text. */
export type ConditionToken =
  | { kind: 'identifier'; text: string; column: number }
  | { kind: 'number'; text: string; value: number; column: number }
  | { kind: 'operator'; text: '<' | '<=' | '>' | '>=' | '==' | '!='; column: number }
  | { kind: 'keyword'; text: 'and' | 'or' | 'not'; column: number }
  | { kind: 'paren'; text: '(' | ')'; column: number };

/** A character sequence the condition language does not know. */
export interface ConditionTokenError {
  message: string;
  column: number;
  length: number;
}

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'] as const;
const KEYWORDS = new Set(['and', 'or', 'not']);
// What authors coming from spreadsheets or code tend to type, and what we expect instead.
const LOOKALIKES: Record<string, string> = { '&&': 'and', '&': 'and', '||': 'or', '|': 'or', '!': 'not', '=': '==', '=>': '>=', '=<': '<=', '<>': '!=' };
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*/;
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)/;

/**
 * Split a condition into tokens. Identifiers may contain hyphens (variable ids do); a minus sign
 * can only start a number, since the language has no arithmetic.
 */
export function tokenizeCondition(source: string): ConditionToken[] | ConditionTokenError {
  const tokens: ConditionToken[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const column = i + 1;
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    // Two-character look-alikes first (`<>` would otherwise read as `<`), real operators next (`==` is
    // not a stray `=`), single characters last.
    const lookalike =
      ['&&', '||', '=>', '=<', '<>'].find((l) => rest.startsWith(l)) ??
      (OPERATORS.some((op) => rest.startsWith(op)) ? undefined : /^(?:[&|=]|!(?!=))/.exec(rest)?.[0]);
    if (lookalike) return { message: `Unexpected "${lookalike}"; expected "${LOOKALIKES[lookalike]}".`, column, length: lookalike.length };
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator, column });
      i += operator.length;
      continue;
    }
    if (rest[0] === '(' || rest[0] === ')') {
      tokens.push({ kind: 'paren', text: rest[0], column });
      i += 1;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', text: number[0], value: Number(number[0]), column });
      i += number[0].length;
      continue;
    }
    const word = IDENTIFIER.exec(rest);
    if (word) {
      const text = word[0];
      if (KEYWORDS.has(text)) tokens.push({ kind: 'keyword', text: text as 'and' | 'or' | 'not', column });
      else tokens.push({ kind: 'identifier', text, column });
      i += text.length;
      continue;
    }
    const char = [...rest][0] ?? rest[0];
    return {
      message: `Unexpected "${char}"; expected a variable, a number, a comparison (< <= > >= == !=), "and", "or", "not" or parentheses.`,
      column,
      length: char?.length ?? 1,
    };
  }
  return tokens;
}
