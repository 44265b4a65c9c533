import type { RuntimePractice } from '../../../model/runtime-data.js';
import { textHash } from '../engine/text-hash.js';

/**
 * The order a learner starts from: a shuffle seeded by the block id, so the same course shows the
 * same start every time (reproducible in tests and support calls) but never the answer itself.
 */
export function initialOrder(codes: readonly string[], seed: string): string[] {
  const order = [...codes];
  let state = textHash(seed);
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  if (order.length > 1 && order.every((code, i) => code === codes[i])) order.push(order.shift() as string);
  return order;
}

/** Move the item at `index` by `delta` places; out-of-range moves return the order unchanged. */
export function moveItem(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** How an order compares with the author's list order (the recommended order). */
export function gradeOrder(practice: RuntimePractice, order: readonly string[]): { correct: boolean; inPlace: number; recommended: string[] } {
  const recommended = practice.techniques.map((t) => t.code);
  const inPlace = recommended.filter((code, i) => order[i] === code).length;
  return { correct: inPlace === recommended.length && order.length === recommended.length, inPlace, recommended };
}

/** A saved order is used only when it is a permutation of the current techniques. */
export function validOrder(codes: readonly string[], order: readonly string[]): boolean {
  return order.length === codes.length && codes.every((code) => order.includes(code));
}
