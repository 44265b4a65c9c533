import type { Comparison, Condition, ScenarioVariable } from '../../model/scenario.js';

/** The closed range a variable may take at some point of the scenario. */
export interface Interval {
  lo: number;
  hi: number;
}

/** Possible values of every declared variable; null means no values at all (the point is never reached). */
export type ValueBox = ReadonlyMap<string, Interval> | null;

/** How the analysis treats one variable: its bounds, and whether only whole numbers can occur. */
export interface VariableDomain {
  variable: ScenarioVariable;
  integer: boolean;
}

const NEGATED: Record<Comparison['op'], Comparison['op']> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };

/** The smallest box holding both boxes. */
export function joinBoxes(a: ValueBox, b: ValueBox): ValueBox {
  if (!a) return b;
  if (!b) return a;
  const joined = new Map<string, Interval>();
  for (const [id, x] of a) {
    const y = b.get(id) ?? x;
    joined.set(id, { lo: Math.min(x.lo, y.lo), hi: Math.max(x.hi, y.hi) });
  }
  return joined;
}

/** Whether two boxes hold exactly the same ranges. */
export function sameBox(a: ValueBox, b: ValueBox): boolean {
  if (!a || !b) return a === b;
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y || x.lo !== y.lo || x.hi !== y.hi) return false;
  }
  return true;
}

/** The box after a choice's effects; each variable stays within its min and max, as in the player. */
export function applyBoxEffects(box: ValueBox, effects: Readonly<Record<string, number>>, domains: ReadonlyMap<string, VariableDomain>): ValueBox {
  if (!box) return null;
  const next = new Map(box);
  for (const [id, change] of Object.entries(effects)) {
    const range = box.get(id);
    const domain = domains.get(id);
    if (!range || !domain) continue;
    const { min, max } = domain.variable;
    next.set(id, { lo: clamp(range.lo + change, min, max), hi: clamp(range.hi + change, min, max) });
  }
  return next;
}

/**
 * The part of the box where the condition holds (`holds` true) or fails (false). Exact for a single
 * comparison; for `or` (and a failing `and`) the smallest box around the alternatives, so never too small.
 */
export function refineBox(box: ValueBox, condition: Condition, holds: boolean, domains: ReadonlyMap<string, VariableDomain>): ValueBox {
  if (!box) return null;
  switch (condition.kind) {
    case 'compare':
      return refineComparison(box, condition, holds ? condition.op : NEGATED[condition.op], domains);
    case 'not':
      return refineBox(box, condition.term, !holds, domains);
    case 'and':
    case 'or': {
      const together = (condition.kind === 'and') === holds;
      if (together) return condition.terms.reduce<ValueBox>((b, term) => refineBox(b, term, holds, domains), box);
      return condition.terms.reduce<ValueBox>((b, term) => joinBoxes(b, refineBox(box, term, holds, domains)), null);
    }
  }
}

function refineComparison(box: ReadonlyMap<string, Interval>, comparison: Comparison, op: Comparison['op'], domains: ReadonlyMap<string, VariableDomain>): ValueBox {
  const range = box.get(comparison.variable);
  if (!range) return box;
  const integer = domains.get(comparison.variable)?.integer ?? false;
  const c = comparison.value;
  let { lo, hi } = range;
  if (op === '<') hi = Math.min(hi, integer ? Math.ceil(c) - 1 : c);
  else if (op === '<=') hi = Math.min(hi, integer ? Math.floor(c) : c);
  else if (op === '>') lo = Math.max(lo, integer ? Math.floor(c) + 1 : c);
  else if (op === '>=') lo = Math.max(lo, integer ? Math.ceil(c) : c);
  else if (op === '==') {
    if (integer && !Number.isInteger(c)) return null;
    lo = Math.max(lo, c);
    hi = Math.min(hi, c);
  } else if (lo === c && hi === c) return null;
  else if (integer && lo === c) lo += 1;
  else if (integer && hi === c) hi -= 1;
  if (lo > hi) return null;
  const next = new Map(box);
  next.set(comparison.variable, { lo, hi });
  return next;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
