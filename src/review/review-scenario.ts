import { enumeratePaths, recommendedPath, type ScenarioPath } from '../graph/index.js';
import type { ScenarioBlock } from '../model/blocks.js';

/** One ending of a scenario with every path that reaches it. */
export interface EndingGroup {
  end: string;
  outcome: ScenarioPath['outcome'];
  outcomeLabel?: string;
  /** How many paths reach this ending: the tally `graph --paths` lists too. */
  count: number;
  /**
   * Paths in `graph --paths` order, each with its number there (1-based). `recommended`: the path the
   * debrief shows; `followsRecommended`: every choice on it is a recommended one, which the debrief
   * counts as following the advice too (a step may recommend several choices).
   */
  paths: { number: number; path: ScenarioPath; recommended: boolean; followsRecommended: boolean }[];
}

/** The choices at one step (node) of a scenario, every recommended one marked. */
export interface DecisionReview {
  node: string;
  nodeTitle?: string;
  choices: { id: string; html: string; recommended: boolean; when?: string }[];
}

/** A scenario as reviewers read it: paths grouped by ending, the recommended choices marked. */
export interface ScenarioReview {
  block: ScenarioBlock;
  /** Node ids of the recommended path; empty when it reaches no ending. */
  recommended: string[];
  /** Every node with choices, in file order: what learners can pick there, and which is recommended. */
  decisions: DecisionReview[];
  total: number;
  /** True when the search stopped at its limits: counts are then lower bounds. */
  truncated: boolean;
  endings: EndingGroup[];
}

// Editions share the block objects of the course they are cut from, so each scenario's paths are
// worked out once however many editions a review shows.
const reviewed = new WeakMap<ScenarioBlock, ScenarioReview>();

/**
 * Each scenario's paths from the same enumeration as `coursewright graph --paths` (so the counts
 * match), grouped by the ending they reach, with every step's choices and the recommended ones.
 */
export function reviewScenario(block: ScenarioBlock): ScenarioReview {
  const cached = reviewed.get(block);
  if (cached) return cached;
  const { scenario } = block;
  const result = enumeratePaths(scenario);
  const recommended = recommendedPath(scenario);
  const key = recommended.join('\u0000');
  const isRecommended = new Set(scenario.nodes.flatMap((node) => node.choices.filter((c) => c.recommended).map((c) => `${node.id}\u0000${c.id}`)));
  const groups = new Map<string, EndingGroup>();
  result.paths.forEach((path, index) => {
    let group = groups.get(path.end);
    if (!group) {
      group = { end: path.end, outcome: path.outcome, ...(path.outcomeLabel !== undefined ? { outcomeLabel: path.outcomeLabel } : {}), count: 0, paths: [] };
      groups.set(path.end, group);
    }
    group.count += 1;
    const nodes = [...path.steps.map((step) => step.node), path.end].join('\u0000');
    const picks = path.steps.filter((step) => step.choice !== undefined);
    const followsRecommended = picks.length > 0 && picks.every((step) => isRecommended.has(`${step.node}\u0000${step.choice ?? ''}`));
    group.paths.push({ number: index + 1, path, recommended: recommended.length > 0 && nodes === key, followsRecommended });
  });
  const rank = { positive: 0, mixed: 1, negative: 2 } as const;
  const endings = [...groups.values()].sort((a, b) => (a.outcome ? rank[a.outcome] : 3) - (b.outcome ? rank[b.outcome] : 3) || a.end.localeCompare(b.end));
  const decisions = scenario.nodes
    .filter((node) => node.choices.length)
    .map((node) => ({
      node: node.id,
      ...(node.title ? { nodeTitle: node.title } : {}),
      choices: node.choices.map((c) => ({ id: c.id, html: block.rendered[node.id]?.choices[c.id]?.html ?? c.text, recommended: c.recommended, ...(c.whenSource ? { when: c.whenSource } : {}) })),
    }));
  const review = { block, recommended, decisions, total: result.paths.length, truncated: result.truncated, endings };
  reviewed.set(block, review);
  return review;
}
