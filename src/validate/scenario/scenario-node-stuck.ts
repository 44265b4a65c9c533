import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { analyseScenario } from './scenario-analysis.js';
import { gateCoverage } from './gate-coverage.js';

/**
 * A node learners reach where every choice (or route) has a condition that can never hold. Not
 * checked while a choice or route leads nowhere: the values arriving through it are unknown.
 */
export function scenarioNodeStuck(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, values, domains, missingTargets } = analyseScenario(scenario);
  if (missingTargets.length) return;
  for (const node of byId.values()) {
    const set = values.get(node.id);
    if (!set || node.end) continue;
    for (const which of ['choices', 'routes'] as const) {
      const coverage = gateCoverage(node, which, set, domains);
      if (coverage && !coverage.canHold) sink.report('scenario-node-stuck', { at: node.at, values: { node: node.id, what: which } });
    }
  }
}
