import type { Condition } from '../../model/scenario.js';
import { conditionVariables, evaluateCondition } from '../../graph/evaluate-condition.js';
import type { Interval, ValueBox, VariableDomain } from './value-box.js';

/** Whether a condition can be true, and can be false, somewhere in a box of possible values. */
export interface ConditionTruth {
  canHold: boolean;
  canFail: boolean;
  /** Values (of the variables read) for which it fails, when `canFail`. */
  failExample?: Readonly<Record<string, number>>;
}

const UNKNOWN: ConditionTruth = { canHold: true, canFail: true };
// Above this many sample points the check gives up rather than slow the build; "unknown" never warns.
const MAX_POINTS = 4096;

/**
 * Decide exactly whether `condition` can hold and can fail for values inside `box`. Comparisons split
 * each variable's range into cells where every comparison keeps its truth value; one sample per cell
 * (whole numbers only for whole-number variables) decides every case. Undeclared variables → unknown.
 */
export function conditionTruth(condition: Condition, box: ValueBox, domains: ReadonlyMap<string, VariableDomain>): ConditionTruth {
  if (!box) return { canHold: false, canFail: false };
  const variables = conditionVariables(condition);
  const samples: number[][] = [];
  let total = 1;
  for (const id of variables) {
    const range = box.get(id);
    if (!range) return UNKNOWN;
    const points = samplePoints(range, constantsOf(condition, id), domains.get(id)?.integer ?? false);
    samples.push(points);
    total *= points.length;
    if (total > MAX_POINTS) return UNKNOWN;
  }
  const truth: ConditionTruth = { canHold: false, canFail: false };
  const digits = variables.map(() => 0);
  for (let n = 0; n < total; n++) {
    const values: Record<string, number> = {};
    variables.forEach((id, i) => (values[id] = samples[i]![digits[i]!]!));
    if (evaluateCondition(condition, values)) truth.canHold = true;
    else if (!truth.canFail) {
      truth.canFail = true;
      truth.failExample = values;
    }
    if (truth.canHold && truth.canFail) break;
    for (let i = 0; i < digits.length; i++) {
      digits[i]!++;
      if (digits[i]! < samples[i]!.length) break;
      digits[i] = 0;
    }
  }
  return truth;
}

function constantsOf(condition: Condition, variable: string, into: number[] = []): number[] {
  if (condition.kind === 'compare') {
    if (condition.variable === variable) into.push(condition.value);
  } else if (condition.kind === 'not') {
    constantsOf(condition.term, variable, into);
  } else {
    for (const term of condition.terms) constantsOf(term, variable, into);
  }
  return into;
}

function samplePoints(range: Interval, constants: number[], integer: boolean): number[] {
  const inside = (x: number): boolean => x >= range.lo && x <= range.hi;
  const marks = new Set<number>([range.lo, range.hi]);
  for (const c of constants) {
    const near = integer ? [Math.floor(c) - 1, Math.floor(c), Math.ceil(c), Math.ceil(c) + 1] : [c];
    for (const x of near) if (inside(x)) marks.add(x);
  }
  const sorted = [...marks].sort((a, b) => a - b);
  const points: number[] = [];
  sorted.forEach((x, i) => {
    points.push(x);
    const next = sorted[i + 1];
    if (next === undefined) return;
    if (integer && next - x > 1) points.push(x + 1);
    if (!integer) points.push((x + next) / 2);
  });
  return points;
}
