import type { DiagnosticSink } from '../../diagnostics/context.js';
import { englishStrings } from '../../model/strings/player-strings.js';
import { closestId } from '../closest-id.js';
import type { YamlData } from '../yaml/parse-yaml.js';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? ''))].sort();
const listed = (names: readonly string[]): string => (names.length ? names.map((n) => `{${n}}`).join(', ') : 'none');

/**
 * course.yml `strings`: the author's own words for some player strings. A key the player does not
 * have, or a string whose placeholders differ from the original's, is reported and left out.
 */
export function checkPlayerStrings(strings: Record<string, string>, data: YamlData, sink: DiagnosticSink): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, text] of Object.entries(strings)) {
    const original = Object.prototype.hasOwnProperty.call(englishStrings, key) ? englishStrings[key] : undefined;
    if (original === undefined) {
      const suggestion = closestId(key, Object.keys(englishStrings));
      sink.report('player-string-unknown', { at: data.locate(['strings', key], 'key'), values: { key, ...(suggestion ? { suggestion } : {}) } });
      continue;
    }
    const expected = placeholders(original);
    const found = placeholders(text);
    if (expected.join() !== found.join()) {
      sink.report('player-string-placeholders', { at: data.locate(['strings', key]), values: { key, expected: listed(expected), found: listed(found), original } });
      continue;
    }
    kept[key] = text;
  }
  return kept;
}
