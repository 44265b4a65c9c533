import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishStrings, runtimeStringKeys, runtimeStrings, selectPlayerStrings, stringsForTarget } from '../../../src/model/strings/player-strings.js';

const runtimeDir = join(import.meta.dirname, '..', '..', '..', 'src', 'runtime');
const sources = (readdirSync(runtimeDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => join(runtimeDir, file));
const catalogueKeys = new Set(Object.keys(englishStrings));
const lists = runtimeStringKeys as Readonly<Record<string, readonly string[]>>;

/** The part whose strings `file` may read beyond the shell's: its block kind (src/runtime/blocks/<kind>/), or the completion record. */
function partOf(file: string): string | undefined {
  const parts = relative(runtimeDir, file).split(sep);
  if (parts.join('/') === 'shell/completion-record.ts') return 'completionRecord';
  return parts[0] === 'blocks' && parts.length > 2 && lists[parts[1] ?? ''] ? parts[1] : undefined;
}

/**
 * Catalogue keys the file names as quoted text, and the prefixes of keys it builds
 * (`t(\`save.${status}\`)`): a value fills one part of a key, so `save.unsaved.noStorage` is not one.
 */
function keysIn(file: string): { keys: string[]; prefixes: string[] } {
  const text = readFileSync(file, 'utf8');
  const keys = [...text.matchAll(/['"]([a-zA-Z]+(?:\.[A-Za-z]+)+)['"]/g)].map((m) => m[1] ?? '').filter((key) => catalogueKeys.has(key));
  const prefixes = [...text.matchAll(/`([a-zA-Z]+\.[A-Za-z.]*)\$\{/g)].map((m) => m[1] ?? '').filter((prefix) => [...catalogueKeys].some((key) => key.startsWith(prefix)));
  return { keys, prefixes };
}

/** The catalogue keys a key built from `prefix` and a value can be. */
function builtKeys(prefix: string): string[] {
  return [...catalogueKeys].filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.'));
}

describe('the player strings a page carries', () => {
  it('lists every key the runtime reads: the shell\u2019s in `shell` (or `tracked`, `standalone`), a block kind\u2019s (or the completion record\u2019s) in its own list or the shell\u2019s', () => {
    const missing: string[] = [];
    for (const file of sources) {
      const part = partOf(file);
      const declared = new Set([...runtimeStringKeys.shell, ...runtimeStringKeys.tracked, ...runtimeStringKeys.standalone, ...(part ? (lists[part] ?? []) : [])]);
      const { keys, prefixes } = keysIn(file);
      // A built key may be any catalogue key with its prefix and one more part.
      const built = prefixes.flatMap(builtKeys);
      for (const key of [...keys, ...built]) if (!declared.has(key)) missing.push(`${relative(runtimeDir, file)}: ${key}`);
    }
    expect(missing).toEqual([]);
    // The scan sees the runtime's keys at all (the shell's page title, a built key, a block's).
    expect(keysIn(join(runtimeDir, 'shell', 'lesson-view.ts')).keys).toContain('page.title');
    expect(keysIn(join(runtimeDir, 'shell', 'save-status-view.ts')).prefixes).toEqual(['save.']);
  });

  it('lists only catalogue keys the runtime reads, each once', () => {
    const all = Object.values(runtimeStringKeys).flat();
    expect(all.filter((key) => !catalogueKeys.has(key))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    const used = new Set(sources.flatMap((file) => {
      const { keys, prefixes } = keysIn(file);
      return [...keys, ...prefixes.flatMap(builtKeys)];
    }));
    expect(all.filter((key) => !used.has(key))).toEqual([]);
  });

  it('keeps the shell\u2019s strings and those of the kinds a course uses, with the course\u2019s own wording', () => {
    const strings = { ...englishStrings, 'nav.next': 'Onwards', 'check.correct': 'Spot on.' };
    const kept = runtimeStrings(strings, ['check', 'markdown', 'check']);
    expect(runtimeStrings(strings, ['completionRecord'])['record.print']).toBe(englishStrings['record.print']);
    expect(kept['record.print']).toBeUndefined();
    expect(kept['check.correct']).toBe('Spot on.');
    expect(kept['page.title']).toBe(englishStrings['page.title']);
    expect(Object.keys(kept).some((key) => key.startsWith('scenario.'))).toBe(false);
    // Written into the HTML by the templates: not carried.
    expect(kept['nav.next']).toBeUndefined();
    expect(Object.keys(kept).sort()).toEqual([...runtimeStringKeys.shell, ...runtimeStringKeys.check].sort());
  });

  it('gives the page of a target a learning system launches the strings of tracking and recorded results, and the web page those of a result it keeps on the device', () => {
    const page = runtimeStrings({ ...englishStrings, 'course.passedStandalone': 'Well done: {score}%.' }, ['tracked', 'standalone']);
    const tracked = stringsForTarget(page, false);
    const web = stringsForTarget(page, true);
    // An English course's verbs are named in its statements already.
    const notVerb = (key: string): boolean => !key.startsWith('verb.');
    expect(Object.keys(tracked).sort()).toEqual([...runtimeStringKeys.shell, ...runtimeStringKeys.tracked.filter(notVerb)].sort());
    expect(Object.keys(web).sort()).toEqual([...runtimeStringKeys.shell, ...runtimeStringKeys.standalone].sort());
    expect(web['course.passedStandalone']).toBe('Well done: {score}%.');
    expect(tracked['tracking.later']).toBe(englishStrings['tracking.later']);
  });

  it('carries the names of the statements\u2019 verbs where the course words them otherwise than English, and only those', () => {
    const spanish = stringsForTarget(runtimeStrings(selectPlayerStrings('es').strings, ['tracked']), false);
    expect(Object.keys(spanish).filter((key) => key.startsWith('verb.')).sort()).toEqual(runtimeStringKeys.tracked.filter((key) => key.startsWith('verb.')).sort());
    expect(spanish['verb.answered']).toBe('respondió');
    const reworded = runtimeStrings({ ...englishStrings, 'verb.passed': 'completed the assessment' }, ['tracked']);
    expect(Object.entries(reworded).filter(([key]) => key.startsWith('verb.'))).toEqual([['verb.passed', 'completed the assessment']]);
  });
});
