/**
 * The interaction id of a scenario decision point: `<scenario>.<node>`, e.g. `break-room.intro`.
 * The decision point is the question and the choice taken is the response, so every learner's
 * answer at one step lands under one id in LMS and LRS reports (and one xAPI activity). The
 * browser runtime (what it reports) and the report key (what it explains) both call this.
 *
 * Pure and dependency-free: the browser runtime bundles it.
 */
export function decisionId(scenarioId: string, nodeId: string): string {
  return `${scenarioId}.${nodeId}`;
}
