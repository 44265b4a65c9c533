import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { analyseScenario } from './scenario-analysis.js';
import { gateCoverage } from './gate-coverage.js';
import { describeExample } from './describe-example.js';

/** Every choice of a node is gated and, for some values learners can have there, none is offered. */
export function scenarioChoiceNoFallback(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, values, domains } = analyseScenario(scenario);
  for (const node of byId.values()) {
    const set = values.get(node.id);
    if (!set || node.end) continue;
    const coverage = gateCoverage(node, 'choices', set, domains);
    if (coverage?.canHold && coverage.canFail) {
      sink.report('scenario-choice-no-fallback', { at: node.at, values: { node: node.id, example: describeExample(coverage) } });
    }
  }
}
