import type { Comparison, Condition } from '../../model/scenario.js';
import { tokenizeCondition, type ConditionToken } from './tokenize-condition.js';

/** Result of parsing a condition: the tree, or a plain-words problem at a 1-based column of the text. */
export type ConditionParse =
  | { ok: true; condition: Condition }
  | { ok: false; message: string; column: number; length: number };

class ConditionError extends Error {
  constructor(
    message: string,
    readonly column: number,
    readonly length: number,
  ) {
    super(message);
  }
}

type Op = Comparison['op'];
const FLIPPED: Record<Op, Op> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

/**
 * Parse a scenario condition such as `safety >= 60 and not (trust < 40)`.
 * Precedence: `not` binds tighter than `and`, which binds tighter than `or`. A comparison may also be
 * written number-first (`40 <= trust`); it is stored variable-first.
 */
export function parseCondition(source: string): ConditionParse {
  const tokens = tokenizeCondition(source);
  if (!Array.isArray(tokens)) return { ok: false, ...tokens };
  if (tokens.length === 0) {
    return { ok: false, message: 'Expected a condition such as "trust >= 50", found nothing.', column: 1, length: 0 };
  }
  const end = source.trimEnd().length + 1;
  let index = 0;
  const peek = (): ConditionToken | undefined => tokens[index];
  const describe = (t: ConditionToken | undefined): string => (t ? `"${t.text}"` : 'the end of the condition');
  const fail = (t: ConditionToken | undefined, message: string): never => {
    throw new ConditionError(message, t?.column ?? end, t?.text.length ?? 0);
  };

  const parseOr = (): Condition => {
    const terms = [parseAnd()];
    while (isKeyword(peek(), 'or')) {
      index++;
      terms.push(parseAnd());
    }
    return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
  };
  const parseAnd = (): Condition => {
    const terms = [parseUnary()];
    while (isKeyword(peek(), 'and')) {
      index++;
      terms.push(parseUnary());
    }
    return terms.length === 1 ? terms[0]! : { kind: 'and', terms };
  };
  const parseUnary = (): Condition => {
    if (isKeyword(peek(), 'not')) {
      index++;
      return { kind: 'not', term: parseUnary() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): Condition => {
    const token = peek();
    if (token?.kind === 'paren' && token.text === '(') {
      index++;
      const inner = parseOr();
      const close = peek();
      if (close?.kind !== 'paren' || close.text !== ')') fail(close, `Expected ")" to close the "(" at column ${token.column}, found ${describe(close)}.`);
      index++;
      return inner;
    }
    return parseComparison();
  };
  const parseComparison = (): Comparison => {
    const first = peek();
    if (first?.kind !== 'identifier' && first?.kind !== 'number') {
      return fail(first, `Expected a comparison such as "trust >= 50", found ${describe(first)}.`);
    }
    index++;
    const op = peek();
    if (op?.kind !== 'operator') return fail(op, `Expected a comparison (< <= > >= == !=) after "${first.text}", found ${describe(op)}.`);
    index++;
    const second = peek();
    if (first.kind === 'identifier') {
      if (second?.kind !== 'number') {
        const why = second?.kind === 'identifier' ? '; conditions compare a variable with a number' : '';
        return fail(second, `Expected a number after "${first.text} ${op.text}", found ${describe(second)}${why}.`);
      }
      index++;
      return { kind: 'compare', variable: first.text, op: op.text, value: second.value };
    }
    if (second?.kind !== 'identifier') {
      return fail(second, `Expected a variable after "${first.text} ${op.text}", found ${describe(second)}; conditions compare a variable with a number.`);
    }
    index++;
    return { kind: 'compare', variable: second.text, op: FLIPPED[op.text], value: first.value };
  };

  try {
    const condition = parseOr();
    const extra = peek();
    if (extra) {
      const expected = extra.kind === 'paren' && extra.text === ')' ? 'there is no "(" to close' : 'expected "and" or "or" between two comparisons';
      fail(extra, `Unexpected ${describe(extra)} after a complete condition; ${expected}.`);
    }
    return { ok: true, condition };
  } catch (error) {
    if (error instanceof ConditionError) return { ok: false, message: error.message, column: error.column, length: error.length };
    throw error;
  }
}

function isKeyword(token: ConditionToken | undefined, word: 'and' | 'or' | 'not'): boolean {
  return token?.kind === 'keyword' && token.text === word;
}
