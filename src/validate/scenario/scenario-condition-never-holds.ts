import type { Condition, Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { conditionVariables } from '../../graph/evaluate-condition.js';
import { analyseScenario } from './scenario-analysis.js';
import { routeVerdicts } from './route-verdicts.js';
import { neverReason } from './never-reason.js';
import { joinValueSets, valueTruth } from './value-set.js';

/**
 * A choice, route or scoring threshold whose condition can never be true for the values learners can
 * have there: starting values, the effects on every path there, min/max, and the conditions on the way.
 * Not checked while a choice or route leads nowhere: the paths through it are missing from the values.
 */
export function scenarioConditionNeverHolds(scenario: Scenario, sink: DiagnosticSink): void {
  const { byId, values, domains, missingTargets } = analyseScenario(scenario);
  if (missingTargets.length) return;
  const known = (condition: Condition): boolean => {
    const variables = conditionVariables(condition);
    return variables.length > 0 && variables.every((id) => domains.has(id));
  };
  for (const node of byId.values()) {
    const set = values.get(node.id);
    if (!set) continue;
    const place = `when learners reach "${node.id}"`;
    for (const choice of node.choices) {
      if (!choice.when || !known(choice.when) || valueTruth(set, choice.when, domains).canHold) continue;
      sink.report('scenario-condition-never-holds', {
        at: choice.whenAt ?? choice.at,
        values: { condition: choice.whenSource ?? '', reason: neverReason(choice.when, set, place) },
      });
    }
    routeVerdicts(node, set, domains).forEach((verdict, index) => {
      const route = node.routes[index]!;
      if (verdict !== 'never' || !route.when || !known(route.when)) return;
      sink.report('scenario-condition-never-holds', {
        at: route.whenAt ?? route.at,
        values: { condition: route.whenSource ?? '', reason: neverReason(route.when, set, place) },
      });
    });
  }
  const endSets = [...byId.values()].flatMap((node) => (node.end && values.has(node.id) ? [values.get(node.id)!] : []));
  if (!endSets.length) return;
  const atEnds = joinValueSets(endSets);
  for (const threshold of scenario.scoring?.thresholds ?? []) {
    if (!known(threshold.when) || valueTruth(atEnds, threshold.when, domains).canHold) continue;
    sink.report('scenario-condition-never-holds', {
      at: threshold.at,
      values: { condition: threshold.whenSource, reason: neverReason(threshold.when, atEnds, 'at the endings') },
    });
  }
}
