import type { Scenario, ScenarioNode } from '../../model/scenario.js';
import { applyBoxEffects, joinBoxes, refineBox, sameBox, type Interval, type ValueBox, type VariableDomain } from './value-box.js';

// After this many widenings of a node's ranges (a loop that keeps moving a variable), jump the moving
// bound straight to the variable's min or max so the analysis ends quickly on any graph.
const WIDEN_AFTER = 4;

/**
 * For every node learners can reach, the range each variable can have on arrival, from the initial
 * values, the effects on the way and the conditions that gate choices and routes (abstract
 * interpretation over intervals). Sound: the true values always lie inside. Nodes only reachable
 * through conditions that never hold get no entry.
 */
export function variableRanges(scenario: Scenario, byId: ReadonlyMap<string, ScenarioNode>, domains: ReadonlyMap<string, VariableDomain>): Map<string, ValueBox> {
  const ranges = new Map<string, ValueBox>();
  const widenings = new Map<string, number>();
  const queue: string[] = [];
  const queued = new Set<string>();

  const propagate = (target: string, box: ValueBox): void => {
    if (!box || !byId.has(target)) return;
    const old = ranges.get(target) ?? null;
    let joined = joinBoxes(old, box);
    if (old && sameBox(old, joined)) return;
    const count = (widenings.get(target) ?? 0) + 1;
    widenings.set(target, count);
    if (old && count > WIDEN_AFTER) joined = widen(old, joined, domains);
    ranges.set(target, joined);
    if (!queued.has(target)) {
      queued.add(target);
      queue.push(target);
    }
  };

  const start = new Map<string, Interval>();
  for (const [id, { variable }] of domains) {
    const initial = Math.min(variable.max, Math.max(variable.min, variable.initial));
    start.set(id, { lo: initial, hi: initial });
  }
  propagate(scenario.start, start);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    queued.delete(id);
    const node = byId.get(id)!;
    const box = ranges.get(id) ?? null;
    if (node.end) continue;
    for (const choice of node.choices) {
      const offered = choice.when ? refineBox(box, choice.when, true, domains) : box;
      propagate(choice.goto, applyBoxEffects(offered, choice.effects, domains));
    }
    let remaining = box;
    for (const route of node.routes) {
      if (!remaining) break;
      if (!route.when) {
        propagate(route.goto, remaining);
        break;
      }
      propagate(route.goto, refineBox(remaining, route.when, true, domains));
      remaining = refineBox(remaining, route.when, false, domains);
    }
  }
  return ranges;
}

function widen(old: ValueBox, joined: ValueBox, domains: ReadonlyMap<string, VariableDomain>): ValueBox {
  if (!old || !joined) return joined;
  const widened = new Map<string, Interval>();
  for (const [id, range] of joined) {
    const before = old.get(id);
    const bounds = domains.get(id)?.variable;
    if (!before || !bounds) {
      widened.set(id, range);
      continue;
    }
    widened.set(id, { lo: range.lo < before.lo ? bounds.min : range.lo, hi: range.hi > before.hi ? bounds.max : range.hi });
  }
  return widened;
}
