import type { PathStep } from '../graph/index.js';
import type { ScenarioBlock } from '../model/blocks.js';
import { describeEffects } from './review-scenario.js';
import type { ReviewWords } from './review-words.js';

/** What a reviewer reads for one step of a path. */
export interface ReviewStep {
  node: string;
  nodeTitle?: string;
  /** Sanitized HTML of the choice the learner picks; absent for automatic routes. */
  choiceHtml?: string;
  /** Plain wording of an automatic route, in the review's words, e.g. `route 2`. */
  route?: string;
  /** Condition the choice needs, as written. */
  when?: string;
  /** Variable changes, e.g. `trust +10, safety −5`; empty when none. */
  effects: string;
  /** Sanitized HTML of what happens next, as the learner reads it. */
  consequenceHtml?: string;
  recommended: boolean;
}

/** The reviewer's view of a path step: texts from the rendered scenario, effects from the model, a route in `words`. */
export function reviewStep(block: ScenarioBlock, step: PathStep, words: ReviewWords): ReviewStep {
  const node = block.scenario.nodes.find((n) => n.id === step.node);
  const base = { node: step.node, ...(node?.title ? { nodeTitle: node.title } : {}), ...(step.when ? { when: step.when } : {}) };
  if (step.choice === undefined) return { ...base, route: words.route(step.route ?? ''), effects: '', recommended: false };
  const choice = node?.choices.find((c) => c.id === step.choice);
  const rendered = block.rendered[step.node]?.choices[step.choice];
  return {
    ...base,
    choiceHtml: rendered?.html ?? step.text ?? '',
    effects: describeEffects(choice?.effects ?? {}),
    ...(rendered?.consequenceHtml ? { consequenceHtml: rendered.consequenceHtml } : {}),
    recommended: choice?.recommended ?? false,
  };
}
