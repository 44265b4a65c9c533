import type { Scenario } from '../model/scenario.js';
import type { VariableValues } from './evaluate-condition.js';

/** The variables' values when the scenario starts (initial values, kept within min and max). */
export function initialValues(scenario: Scenario): Record<string, number> {
  const values: Record<string, number> = {};
  for (const variable of scenario.variables) values[variable.id] = clamp(variable.initial, variable.min, variable.max);
  return values;
}

/**
 * Values after a choice's effects. Each variable stays within its min and max (the player stops a
 * meter at its ends); effects on undeclared variables are ignored.
 */
export function applyEffects(scenario: Scenario, values: VariableValues, effects: Readonly<Record<string, number>>): Record<string, number> {
  const next = { ...values };
  for (const variable of scenario.variables) {
    const change = effects[variable.id];
    if (change !== undefined) next[variable.id] = clamp((next[variable.id] ?? variable.initial) + change, variable.min, variable.max);
  }
  return next;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
