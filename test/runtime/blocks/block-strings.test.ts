import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockStrings } from '../../../src/model/strings/block-strings.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** Keys the runtime asks for with host.t('key') and keys templates look up, plus built keys. */
function usedKeys(): Set<string> {
  const keys = new Set(['scenario.outcome.positive', 'scenario.outcome.mixed', 'scenario.outcome.negative']);
  // The interview parser describes a portrait without alt text with a player string; lesson text
  // says what its links and footnotes are to screen readers with others.
  for (const file of [...files(join(root, 'src/runtime/blocks'), '.ts'), join(root, 'src/parse/blocks/parse-interview.ts'), join(root, 'src/parse/markdown/markdown-to-html.ts')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) keys.add(m[1]!);
    for (const m of readFileSync(file, 'utf8').matchAll(/'((?:scenario|check|reflection|practice|ack|interview|lesson)\.[\w.]+)'/g)) keys.add(m[1]!);
  }
  for (const file of files(join(root, 'templates/blocks'), '.hbs')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/lookup (?:@root\.)?strings '([\w.-]+)'/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('block strings', () => {
  it('define every string the blocks show, so no learner sees a raw key', () => {
    const missing = [...usedKeys()].filter((key) => !(key in blockStrings));
    expect(missing).toEqual([]);
  });

  it('hold no string that nothing uses', () => {
    const used = usedKeys();
    expect(Object.keys(blockStrings).filter((key) => !used.has(key))).toEqual([]);
  });
});
