import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';
import { closestId } from '../../parse/closest-id.js';
import { analyseScenario } from './scenario-analysis.js';

/** `scoring.ends` may only name endings. */
export function scenarioScoreNotEnd(scenario: Scenario, sink: DiagnosticSink): void {
  const scoring = scenario.scoring;
  if (!scoring) return;
  const { byId } = analyseScenario(scenario);
  const endings = [...byId.values()].filter((node) => node.end).map((node) => node.id);
  for (const id of Object.keys(scoring.ends)) {
    const node = byId.get(id);
    if (node?.end) continue;
    const suggestion = closestId(id, endings);
    sink.report('scenario-score-not-end', {
      at: locationOf(scoring, `ends.${id}`) ?? scenario.at,
      values: { node: id, found: node ? 'a node without "end: true"' : 'no node with that id', ...(suggestion ? { suggestion } : {}) },
    });
  }
}
