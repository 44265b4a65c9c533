import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { analyseScenario } from './scenario-analysis.js';
import { gateCoverage } from './gate-coverage.js';
import { describeExample } from './describe-example.js';

/**
 * The last route has a condition and, for some values learners can have there, no route holds.
 * Conditions that together cover every case (`trust >= 50`, then `trust < 50`) are fine.
 */
export function scenarioRouteNoFallback(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, values, domains } = analyseScenario(scenario);
  for (const node of byId.values()) {
    const set = values.get(node.id);
    if (!set || node.end) continue;
    const coverage = gateCoverage(node, 'routes', set, domains);
    if (coverage?.canHold && coverage.canFail) {
      const last = node.routes[node.routes.length - 1]!;
      sink.report('scenario-route-no-fallback', { at: last.at, values: { node: node.id, example: describeExample(coverage) } });
    }
  }
}
