import type { Scenario } from '../../model/scenario.js';
import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { conditionVariables } from '../../graph/evaluate-condition.js';
import { locationOf } from '../../parse/scenario/scenario-locations.js';
import { closestId } from '../../parse/closest-id.js';
import { conditionUses } from './condition-uses.js';
import { variableInCondition } from './condition-location.js';

/** Conditions and effects may only name declared variables. */
export function scenarioUnknownVariable(scenario: Scenario, sink: DiagnosticSink): void {
  const declared = new Set(scenario.variables.map((v) => v.id));
  const report = (variable: string, where: string, at: SourceLocation): void => {
    const suggestion = closestId(variable, declared);
    sink.report('scenario-unknown-variable', { at, values: { variable, where, ...(suggestion ? { suggestion } : {}) } });
  };
  for (const node of scenario.nodes) {
    for (const choice of node.choices) {
      for (const variable of Object.keys(choice.effects)) {
        if (!declared.has(variable)) {
          report(variable, `the effects of the choice "${choice.id}" of "${node.id}"`, locationOf(choice, `effects.${variable}`) ?? choice.at);
        }
      }
    }
  }
  for (const use of conditionUses(scenario)) {
    for (const variable of conditionVariables(use.when)) {
      if (!declared.has(variable)) report(variable, `the condition of ${use.where}`, variableInCondition(use.whenAt, use.whenSource, variable));
    }
  }
}
