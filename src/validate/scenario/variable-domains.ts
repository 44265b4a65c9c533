import type { Scenario } from '../../model/scenario.js';
import type { VariableDomain } from './value-box.js';

/**
 * Each declared variable with whether it can only hold whole numbers: true when its initial value,
 * bounds and every effect on it are whole, which lets the range checks reason about `< 40` as `<= 39`.
 */
export function variableDomains(scenario: Scenario): Map<string, VariableDomain> {
  const domains = new Map<string, VariableDomain>();
  for (const variable of scenario.variables) {
    // An empty range is reported on its own; reasoning about it would only add confusing errors.
    if (domains.has(variable.id) || variable.min > variable.max) continue;
    const integer = [variable.initial, variable.min, variable.max].every(Number.isInteger);
    domains.set(variable.id, { variable, integer });
  }
  for (const node of scenario.nodes) {
    for (const choice of node.choices) {
      for (const [id, change] of Object.entries(choice.effects)) {
        const domain = domains.get(id);
        if (domain && !Number.isInteger(change)) domain.integer = false;
      }
    }
  }
  return domains;
}
