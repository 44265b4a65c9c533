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

/**
 * One step (node) of a scenario as learners read it: who speaks, the text, the picture's alt text,
 * the choices (every recommended one marked) with what follows each, the automatic routes, and
 * for an ending its outcome, label and score.
 */
export interface DecisionReview {
  node: string;
  nodeTitle?: string;
  speaker?: string;
  /** Sanitized HTML of the node's text (the debrief, on an ending). */
  textHtml: string;
  /** The picture, video or recording shown, with its alternative text. */
  media?: { kind: string; path: string; alt?: string };
  choices: { id: string; html: string; recommended: boolean; when?: string; goto: string; effects: string; consequenceHtml?: string }[];
  routes: { when?: string; goto: string }[];
  ending?: { outcome?: string; label?: string; score?: number };
}

/** A scenario as reviewers read it: paths grouped by ending, the recommended choices marked. */
export interface ScenarioReview {
  block: ScenarioBlock;
  /** Node ids of the recommended path; empty when it reaches no ending. */
  recommended: string[];
  /** Every node, in file order: what learners read and can pick there, and which choice is recommended. */
  decisions: DecisionReview[];
  total: number;
  /** True when the search stopped at its limits: counts are then lower bounds. */
  truncated: boolean;
  /** True when the scenario has a loop, which the search followed once (`ScenarioPaths.loopsCut`). */
  loops: boolean;
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
  const decisions = scenario.nodes.map((node): DecisionReview => {
    const rendered = block.rendered[node.id];
    const speaker = node.speaker ? `${node.speaker.name}${node.speaker.role ? `, ${node.speaker.role}` : ''}` : undefined;
    const score = node.end ? (scenario.scoring?.ends[node.id] ?? node.end.score) : undefined;
    return {
      node: node.id,
      ...(node.title ? { nodeTitle: node.title } : {}),
      ...(speaker ? { speaker } : {}),
      textHtml: rendered?.html ?? '',
      ...(node.media ? { media: { kind: node.media.kind, path: node.media.path, ...(node.media.alt !== undefined ? { alt: node.media.alt } : {}) } } : {}),
      choices: node.choices.map((c) => {
        const choice = rendered?.choices[c.id];
        return {
          id: c.id,
          html: choice?.html ?? c.text,
          recommended: c.recommended,
          ...(c.whenSource ? { when: c.whenSource } : {}),
          goto: c.goto,
          effects: describeEffects(c.effects),
          ...(choice?.consequenceHtml ? { consequenceHtml: choice.consequenceHtml } : {}),
        };
      }),
      routes: node.routes.map((route) => ({ ...(route.whenSource ? { when: route.whenSource } : {}), goto: route.goto })),
      ...(node.end ? { ending: { ...(node.end.outcome ? { outcome: node.end.outcome } : {}), ...(node.end.outcomeLabel ? { label: node.end.outcomeLabel } : {}), ...(score !== undefined ? { score } : {}) } } : {}),
    };
  });
  const review = { block, recommended, decisions, total: result.paths.length, truncated: result.truncated, loops: result.loopsCut > 0, endings };
  reviewed.set(block, review);
  return review;
}

/** Variable changes as a reviewer reads them, e.g. `trust +10, safety −5`; empty when none. */
export function describeEffects(effects: Record<string, number>): string {
  return Object.entries(effects).map(([id, change]) => `${id} ${change >= 0 ? '+' : '−'}${Math.abs(change)}`).join(', ');
}
