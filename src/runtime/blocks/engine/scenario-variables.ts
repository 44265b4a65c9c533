import type { RuntimeScenario } from '../../../model/runtime-data.js';
import type { Variables } from './evaluate-condition.js';

/** One variable's change after a choice, for the "Team trust −10" line and its meter. */
export interface VariableChange {
  id: string;
  label: string;
  /** The change the author wrote. */
  requested: number;
  /** The change that happened after clamping to min/max (0 when already at the limit). */
  actual: number;
  value: number;
  min: number;
  max: number;
  visible: boolean;
  /** A meter such as risk, where a higher value is worse. */
  lowerIsBetter?: true;
}

/** Starting values of every variable, clamped to their range. */
export function initialVariables(scenario: RuntimeScenario): Variables {
  const values: Variables = {};
  for (const v of scenario.variables) values[v.id] = clamp(v.initial, v.min, v.max);
  return values;
}

/**
 * Apply a choice's effects. Values stay within each variable's min/max; effects on variables the
 * scenario does not define are ignored (the validator reports them at build time).
 */
export function applyEffects(
  scenario: RuntimeScenario,
  variables: Variables,
  effects: Record<string, number>,
): { variables: Variables; changes: VariableChange[] } {
  const next: Variables = { ...variables };
  const changes: VariableChange[] = [];
  for (const v of scenario.variables) {
    const requested = effects[v.id];
    if (requested === undefined || requested === 0) continue;
    const before = next[v.id] ?? clamp(v.initial, v.min, v.max);
    const value = clamp(before + requested, v.min, v.max);
    next[v.id] = value;
    changes.push({ id: v.id, label: v.label, requested, actual: value - before, value, min: v.min, max: v.max, visible: v.visible, ...(v.lowerIsBetter ? { lowerIsBetter: true as const } : {}) });
  }
  return { variables: next, changes };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
