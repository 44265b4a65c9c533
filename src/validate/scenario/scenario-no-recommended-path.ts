import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { walkRecommended } from '../../graph/recommended-path.js';
import { analyseScenario } from './scenario-analysis.js';

/**
 * The debrief shows the recommended path, so recommended choices must lead from the start to an
 * ending. Reported where the walk stops, unless the graph is already broken there (missing start,
 * no endings at all).
 */
export function scenarioNoRecommendedPath(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, hasStart } = analyseScenario(scenario);
  if (!hasStart || ![...byId.values()].some((node) => node.end)) return;
  const walk = walkRecommended(scenario);
  if (walk.reached) return;
  const stoppedAt = byId.get(walk.nodes[walk.nodes.length - 1] ?? scenario.start);
  sink.report('scenario-no-recommended-path', {
    at: stoppedAt?.at ?? scenario.at,
    values: { start: scenario.start, reason: walk.reason ?? 'the walk stopped' },
  });
}
