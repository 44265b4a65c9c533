import type { Condition, ScenarioNode } from '../../model/scenario.js';
import type { VariableDomain } from './value-box.js';
import { valueTruth, type ValueSet } from './value-set.js';

/**
 * What happens to each route of a node for the values learners can arrive with:
 * `ok` it can be taken; `never` its own condition can never hold; `shadowed` earlier routes always
 * apply first; `unknown` an earlier or own condition could not be read.
 */
export type RouteVerdict = 'ok' | 'never' | 'shadowed' | 'unknown';

/** Verdicts for a node's routes, in order. */
export function routeVerdicts(node: ScenarioNode, set: ValueSet, domains: ReadonlyMap<string, VariableDomain>): RouteVerdict[] {
  const earlier: Condition[] = [];
  let fallbackSeen = false;
  let unreadable = false;
  return node.routes.map((route) => {
    if (unreadable || (route.whenSource !== undefined && !route.when)) {
      unreadable = true;
      return 'unknown';
    }
    const verdict = fallbackSeen ? 'shadowed' : judge(route.when, earlier, set, domains);
    if (route.when) earlier.push(route.when);
    else fallbackSeen = true;
    return verdict;
  });
}

function judge(when: Condition | undefined, earlier: Condition[], set: ValueSet, domains: ReadonlyMap<string, VariableDomain>): RouteVerdict {
  const noEarlier: Condition | undefined = earlier.length ? { kind: 'not', term: { kind: 'or', terms: earlier } } : undefined;
  if (when && !valueTruth(set, when, domains).canHold) return 'never';
  const taken = noEarlier && when ? { kind: 'and' as const, terms: [noEarlier, when] } : (noEarlier ?? when);
  if (taken && !valueTruth(set, taken, domains).canHold) return 'shadowed';
  return 'ok';
}
