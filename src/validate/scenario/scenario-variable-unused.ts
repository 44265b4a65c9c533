import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { closestId } from '../../parse/closest-id.js';
import { changedVariables, readVariables } from './condition-uses.js';

/**
 * A variable nothing changes or tests is left over (and, if visible, a meter that never moves).
 * Not said of one that a condition which cannot be read names, or that an effect on an undeclared
 * name is likely meant for (`trsut: 5`, `trsut >= 3`): those are reported as errors, and the variable is used
 * once they are corrected.
 */
export function scenarioVariableUnused(scenario: Scenario, sink: DiagnosticSink): void {
  const read = readVariables(scenario);
  const changed = changedVariables(scenario);
  const declared = scenario.variables.map((variable) => variable.id);
  const meant = new Set<string>();
  for (const node of scenario.nodes) {
    for (const item of [...node.choices, ...node.routes]) {
      if (item.when === undefined && item.whenSource !== undefined) for (const word of item.whenSource.match(/[\w-]+/g) ?? []) meant.add(word);
    }
  }
  const undeclared = [...read, ...scenario.nodes.flatMap((node) => node.choices.flatMap((choice) => Object.keys(choice.effects)))].filter((name) => !declared.includes(name));
  for (const name of undeclared) {
    const closest = closestId(name, declared);
    if (closest !== undefined) meant.add(closest);
  }
  for (const variable of scenario.variables) {
    if (!read.has(variable.id) && !changed.has(variable.id) && !meant.has(variable.id)) {
      sink.report('scenario-variable-unused', { at: variable.at, values: { variable: variable.id } });
    }
  }
}
