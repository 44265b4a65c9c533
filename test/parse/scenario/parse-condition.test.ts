import { describe, expect, it } from 'vitest';
import { parseCondition } from '../../../src/parse/scenario/parse-condition.js';
import { formatCondition } from '../../../src/graph/format-condition.js';
import { evaluateCondition } from '../../../src/graph/evaluate-condition.js';

function parsed(source: string) {
  const result = parseCondition(source);
  if (!result.ok) throw new Error(`expected "${source}" to parse: ${result.message}`);
  return result.condition;
}

function failure(source: string) {
  const result = parseCondition(source);
  if (result.ok) throw new Error(`expected "${source}" to fail`);
  return result;
}

describe('parseCondition', () => {
  it('reads a comparison of a variable with a number', () => {
    expect(parsed('trust >= 40')).toEqual({ kind: 'compare', variable: 'trust', op: '>=', value: 40 });
  });

  it('reads every comparison operator', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!='] as const) {
      expect(parsed(`x ${op} 1`)).toMatchObject({ op });
    }
  });

  it('reads negative and decimal numbers, with or without spaces', () => {
    expect(parsed('mood>-5')).toMatchObject({ op: '>', value: -5 });
    expect(parsed('mood <= -0.5')).toMatchObject({ value: -0.5 });
    expect(parsed('ratio < .25')).toMatchObject({ value: 0.25 });
  });

  it('reads variable ids with hyphens', () => {
    expect(parsed('team-trust >= 5')).toMatchObject({ variable: 'team-trust' });
  });

  it('turns a number-first comparison around', () => {
    expect(parsed('40 <= trust')).toEqual({ kind: 'compare', variable: 'trust', op: '>=', value: 40 });
  });

  it('binds not tighter than and, and tighter than or', () => {
    const condition = parsed('a > 1 or not b > 2 and c > 3');
    expect(formatCondition(condition)).toBe('a > 1 or not (b > 2) and c > 3');
    expect(condition.kind).toBe('or');
    // a false; (not b>2) true; c>3 true → holds
    expect(evaluateCondition(condition, { a: 0, b: 0, c: 5 })).toBe(true);
    // a false; c>3 false → fails even though not b>2 holds
    expect(evaluateCondition(condition, { a: 0, b: 0, c: 0 })).toBe(false);
  });

  it('honours parentheses', () => {
    const condition = parsed('(a > 1 or b > 2) and c > 3');
    expect(formatCondition(condition)).toBe('(a > 1 or b > 2) and c > 3');
    expect(evaluateCondition(condition, { a: 5, b: 0, c: 0 })).toBe(false);
  });

  it('flattens chains of the same connective', () => {
    expect(parsed('a > 1 and b > 2 and c > 3')).toMatchObject({ kind: 'and', terms: [{}, {}, {}] });
  });

  it('reads "not" applied to a group and double negation', () => {
    expect(evaluateCondition(parsed('not (a > 1 and b > 1)'), { a: 2, b: 0 })).toBe(true);
    expect(evaluateCondition(parsed('not not a > 1'), { a: 2 })).toBe(true);
  });

  it('suggests the word for operators borrowed from code', () => {
    expect(failure('a > 1 && b > 2')).toMatchObject({ column: 7, message: 'Unexpected "&&"; expected "and".' });
    expect(failure('a > 1 || b > 2').message).toBe('Unexpected "||"; expected "or".');
    expect(failure('!(a > 1)').message).toBe('Unexpected "!"; expected "not".');
    expect(failure('a = 1')).toMatchObject({ column: 3, message: 'Unexpected "="; expected "==".' });
    expect(failure('a => 1').message).toBe('Unexpected "=>"; expected ">=".');
  });

  it('explains a comparison of two variables', () => {
    expect(failure('trust > safety')).toMatchObject({
      column: 9,
      message: 'Expected a number after "trust >", found "safety"; conditions compare a variable with a number.',
    });
  });

  it('points at the end when something is missing', () => {
    expect(failure('trust >=')).toMatchObject({ column: 9, message: 'Expected a number after "trust >=", found the end of the condition.' });
    expect(failure('trust')).toMatchObject({ column: 6 });
    expect(failure('(a > 1')).toMatchObject({ column: 7, message: 'Expected ")" to close the "(" at column 1, found the end of the condition.' });
    expect(failure('a > 1 and')).toMatchObject({ column: 10 });
  });

  it('rejects leftovers and stray characters', () => {
    expect(failure('a > 1 b > 2')).toMatchObject({ column: 7, message: 'Unexpected "b" after a complete condition; expected "and" or "or" between two comparisons.' });
    expect(failure('a > 1)')).toMatchObject({ column: 6 });
    expect(failure('a > 1 + 2')).toMatchObject({ column: 7 });
    expect(failure('   ')).toMatchObject({ column: 1, message: 'Expected a condition such as "trust >= 50", found nothing.' });
  });

  it('round-trips through formatCondition', () => {
    for (const source of ['a > 1', 'a > 1 and b <= -2', '(a > 1 or b > 2) and not (c == 3)', 'a != 0.5 or b < 1 and c >= 2']) {
      expect(formatCondition(parsed(formatCondition(parsed(source))))).toBe(formatCondition(parsed(source)));
    }
  });
});
