import type { Range, SourceLocation } from '../../model/position.js';

// The Scenario model carries `at` for its main objects only. Finer positions (the `start` value, each
// effect key, each `scoring.ends` key) are kept here, keyed by the model object, so that validation can
// point at the exact line without widening the shared model.
const table = new WeakMap<object, Map<string, SourceLocation>>();

/** Remember where `key` of a model object (e.g. `effects.trust` of a choice) stands in the source. */
export function recordLocation(owner: object, key: string, at: SourceLocation): void {
  let entries = table.get(owner);
  if (!entries) table.set(owner, (entries = new Map()));
  entries.set(key, at);
}

/**
 * Where `key` of a model object stands, when the scenario came from `parseScenario`.
 * Keys: Scenario `start`, `nodes`; ScenarioVariable `initial`, `min`, `max`; ScenarioChoice `id`,
 * `effects.<variable>`; ScenarioNode `end`; ScenarioScoring `scoring`, `ends.<node>`.
 */
export function locationOf(owner: object, key: string): SourceLocation | undefined {
  return table.get(owner)?.get(key);
}

const texts = new WeakMap<object, Map<string, (range: Range) => Range>>();

/** Remember how positions inside the Markdown string `key` (e.g. a node's `text`) map to the source. */
export function recordTextRanges(owner: object, key: string, map: (range: Range) => Range): void {
  let entries = texts.get(owner);
  if (!entries) texts.set(owner, (entries = new Map()));
  entries.set(key, map);
}

/** The map recorded for the Markdown string `key` of a model object (ScenarioNode `text`; ScenarioChoice `text`, `consequence`). */
export function textRangesOf(owner: object, key: string): ((range: Range) => Range) | undefined {
  return texts.get(owner)?.get(key);
}
