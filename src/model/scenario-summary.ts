/**
 * The one record a finished scenario sends under `reporting.decisions: anonymous-score`, in place
 * of its decisions: how it ended, never which way. The browser runtime (what it sends) and the
 * report key (what it explains) both use these, so the two agree.
 *
 * Pure and dependency-free: the browser runtime bundles it.
 */

/**
 * Its interaction id: the scenario's own id, which no decision id (`<scenario>.<node>`) can equal.
 */
export function scenarioSummaryId(scenarioId: string): string {
  return scenarioId;
}

/**
 * The outcomes an unscored scenario reports, as a `choice` among this fixed list, so that an
 * outcome keeps its SCORM 1.2 letter (a–d) in every scenario and every course. `ended` stands for
 * an ending the author gave no outcome. Only the outcome travels, never the ending's own label,
 * which could tell the path.
 */
export const scenarioOutcomeChoices = [
  { id: 'positive', text: 'Positive ending' },
  { id: 'mixed', text: 'Mixed ending' },
  { id: 'negative', text: 'Negative ending' },
  { id: 'ended', text: 'Ending without an outcome' },
] as const;

/**
 * Interaction type of the summary. A scored scenario sends its points as `numeric` (0–100), an
 * unscored one its outcome as a `choice`: both types exist in SCORM 1.2, SCORM 2004 and xAPI alike
 * (1.2 has no `other`, and `performance` would invite a path), and both read without a key.
 */
export function scenarioSummaryType(scored: boolean): 'numeric' | 'choice' {
  return scored ? 'numeric' : 'choice';
}
