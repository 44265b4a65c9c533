import type { Scenario, ScenarioNode } from '../../model/scenario.js';
import { nodesById, scenarioEdges, successorMap, type ScenarioEdge } from '../../graph/scenario-edges.js';
import { reachableNodes } from '../../graph/reachable-nodes.js';
import type { VariableDomain } from './value-box.js';
import { variableDomains } from './variable-domains.js';
import { variableRanges } from './variable-ranges.js';
import { reachableStates } from './reachable-states.js';
import { valueSetOfStates, type ValueSet } from './value-set.js';

/** What several rules need about one scenario, computed once (each part linear in the graph size). */
export interface ScenarioAnalysis {
  byId: Map<string, ScenarioNode>;
  edges: ScenarioEdge[];
  successors: Map<string, string[]>;
  /** Whether the start node exists; reachability-based rules stay quiet without it. */
  hasStart: boolean;
  /** Nodes reachable from the start following every choice and route, ignoring conditions. */
  reachable: Set<string>;
  /**
   * Choices and routes that lead to no node (each an error). While there are any, `reachable` and
   * `values` are short of what the mended graph gives, so "never" findings drawn from them (a node
   * never reached, a condition never true, a pass mark never met) may be follow-ons, not problems.
   */
  missingTargets: ScenarioEdge[];
  domains: Map<string, VariableDomain>;
  /**
   * The values learners can arrive with at each node they can actually reach: exact states when the
   * scenario is small enough to walk, interval ranges otherwise.
   */
  values: Map<string, ValueSet>;
}

const cache = new WeakMap<Scenario, ScenarioAnalysis>();

/** The shared analysis of a scenario; computed on first use, then reused by every rule. */
export function analyseScenario(scenario: Scenario): ScenarioAnalysis {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const byId = nodesById(scenario);
  const successors = successorMap(scenario);
  const hasStart = byId.has(scenario.start);
  const domains = variableDomains(scenario);
  const edges = scenarioEdges(scenario);
  const analysis: ScenarioAnalysis = {
    byId,
    edges,
    successors,
    hasStart,
    reachable: hasStart ? reachableNodes([scenario.start], (id) => successors.get(id) ?? []) : new Set(),
    missingTargets: edges.filter((edge) => !byId.has(edge.to)),
    domains,
    values: hasStart ? arrivalValues(scenario, byId, domains) : new Map(),
  };
  cache.set(scenario, analysis);
  return analysis;
}

function arrivalValues(scenario: Scenario, byId: Map<string, ScenarioNode>, domains: Map<string, VariableDomain>): Map<string, ValueSet> {
  const values = new Map<string, ValueSet>();
  const states = reachableStates(scenario, byId);
  if (states) {
    for (const [id, list] of states) values.set(id, valueSetOfStates(list, domains));
  } else {
    for (const [id, box] of variableRanges(scenario, byId, domains)) if (box) values.set(id, { box });
  }
  return values;
}
