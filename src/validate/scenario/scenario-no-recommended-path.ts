import type { Scenario, ScenarioNode } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { walkRecommended } from '../../graph/recommended-path.js';
import { analyseScenario } from './scenario-analysis.js';

/**
 * The debrief shows the recommended path, so recommended choices must lead from the start to an
 * ending. Reported where the walk stops, unless the graph is already broken there (missing start,
 * no endings at all, a recommended choice leading to a node that does not exist, a dead end): that
 * error is the one to fix, and the path may be whole once it is.
 */
export function scenarioNoRecommendedPath(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, hasStart } = analyseScenario(scenario);
  if (!hasStart || ![...byId.values()].some((node) => node.end)) return;
  const walk = walkRecommended(scenario);
  if (walk.reached) return;
  const stoppedAt = byId.get(walk.nodes[walk.nodes.length - 1] ?? scenario.start);
  if (stoppedAt && brokenAt(stoppedAt, byId)) return;
  sink.report('scenario-no-recommended-path', {
    at: stoppedAt?.at ?? scenario.at,
    values: { start: scenario.start, reason: walk.reason ?? 'the walk stopped' },
  });
}

/** A dead end, or a node whose recommended choices or routes lead to a node that does not exist. */
function brokenAt(node: ScenarioNode, byId: ReadonlyMap<string, ScenarioNode>): boolean {
  if (!node.end && !node.choices.length && !node.routes.length) return true;
  return [...node.choices.filter((choice) => choice.recommended), ...node.routes].some((edge) => !byId.has(edge.goto));
}
