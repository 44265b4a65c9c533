import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { analyseScenario } from './scenario-analysis.js';
import { routeVerdicts } from './route-verdicts.js';

/** A route after one that always applies (e.g. a route without `when`) is never taken. */
export function scenarioRouteNeverTaken(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, values, domains } = analyseScenario(scenario);
  for (const node of byId.values()) {
    const set = values.get(node.id);
    if (!set) continue;
    routeVerdicts(node, set, domains).forEach((verdict, index) => {
      if (verdict !== 'shadowed') return;
      const route = node.routes[index]!;
      sink.report('scenario-route-never-taken', { at: route.at, values: { node: node.id, index: index + 1 } });
    });
  }
}
