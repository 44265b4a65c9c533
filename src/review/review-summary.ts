import type { DecisionReview, EndingGroup, ScenarioReview } from './review-scenario.js';
import type { ReviewWords } from './review-words.js';

/** Above this many paths in a scenario, each ending shows only a few, with the full counts. */
export const largeScenarioPaths = 40;
/** Paths shown per ending in a large scenario (the recommended path is always shown). */
const shownPerEnding = 3;

/** An ending as a reviewer names it, in `words`: outcome, label and node id. */
export function describeEnding(ending: EndingGroup, words: ReviewWords): string {
  return [words.outcome(ending.outcome), ...(ending.outcomeLabel ? [words.quote(ending.outcomeLabel)] : []), words.at(ending.end)].join(', ');
}

/**
 * The paths to print for an ending: all of them, or in a large scenario the first few and the
 * recommended one; the counts are printed in full either way, so nothing is hidden silently.
 */
export function pathsShown(review: ScenarioReview, ending: EndingGroup): EndingGroup['paths'] {
  if (review.total <= largeScenarioPaths) return ending.paths;
  return ending.paths.filter((p, index) => index < shownPerEnding || p.recommended);
}

/** The ids of the recommended choices at a node of the reviewed scenario (several may be). */
export function recommendedAt(review: ScenarioReview, node: string): string[] {
  return review.decisions.find((d) => d.node === node)?.choices.filter((c) => c.recommended).map((c) => c.id) ?? [];
}

/** How a path is labelled, in `words`: the path the debrief shows, or one made only of recommended choices. */
export function pathLabel(entry: { recommended: boolean; followsRecommended: boolean }, words: ReviewWords): string | undefined {
  if (entry.recommended) return words.isRecommendedPath;
  return entry.followsRecommended ? words.followsRecommended : undefined;
}

/** An ending step as the step-by-step list gives it, in `words`: its outcome, label and score. */
export function describeStepEnding(ending: NonNullable<DecisionReview['ending']>, words: ReviewWords): string {
  return [words.outcome(ending.outcome), ...(ending.label ? [words.quote(ending.label)] : []), ...(ending.score !== undefined ? [words.score(ending.score)] : [])].join(', ');
}
