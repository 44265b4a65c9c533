/// <reference lib="dom" />
// The runtime's types mention DOM types; changeText itself needs none.
import { describe, expect, it } from 'vitest';
import { englishStrings } from '../../../src/model/strings/player-strings.js';
import { changeText } from '../../../src/runtime/blocks/scenario/scenario-consequence.js';
import type { VariableChange } from '../../../src/runtime/blocks/engine/scenario-variables.js';

const t = (key: string, values: Record<string, string | number> = {}): string =>
  (englishStrings[key] ?? key).replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
const change = (actual: number, lowerIsBetter?: true): VariableChange =>
  ({ id: 'v', label: lowerIsBetter ? 'Risk of harm' : 'Team trust', requested: actual, actual, value: 50, min: 0, max: 100, visible: true, ...(lowerIsBetter ? { lowerIsBetter } : {}) });

describe('what a change of a meter says', () => {
  it('says a rise of a meter where lower is better is worse, and a fall better, in words', () => {
    expect(changeText(change(10, true), { t })).toBe('Risk of harm +10 (worse)');
    expect(changeText(change(-25, true), { t })).toBe('Risk of harm \u221225 (better)');
  });

  it('keeps the plain change for meters where higher is better', () => {
    expect(changeText(change(10), { t })).toBe('Team trust +10');
    expect(changeText(change(-10), { t })).toBe('Team trust \u221210');
  });
});
