import type { EndingGroup, ScenarioReview } from './review-course.js';

/** Above this many paths in a scenario, each ending shows only a few, with the full counts. */
export const largeScenarioPaths = 40;
/** Paths shown per ending in a large scenario (the recommended path is always shown). */
const shownPerEnding = 3;

/** An ending as a reviewer names it: outcome, label and node id. */
export function describeEnding(ending: EndingGroup): string {
  return [ending.outcome ?? 'no outcome', ...(ending.outcomeLabel ? [`"${ending.outcomeLabel}"`] : []), `at ${ending.end}`].join(', ');
}

/**
 * The paths to print for an ending: all of them, or in a large scenario the first few and the
 * recommended one; the counts are printed in full either way, so nothing is hidden silently.
 */
export function pathsShown(review: ScenarioReview, ending: EndingGroup): EndingGroup['paths'] {
  if (review.total <= largeScenarioPaths) return ending.paths;
  return ending.paths.filter((p, index) => index < shownPerEnding || p.recommended);
}
