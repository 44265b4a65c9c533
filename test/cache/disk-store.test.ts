import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLessonCache } from '../../src/cache/lesson-cache.js';
import { lessonsFolder, prepareCacheFolder } from '../../src/cache/cache-folder.js';
import { openDiskStore } from '../../src/cache/disk-store.js';
import { decodeEntry, encodeEntry } from '../../src/cache/entry-file.js';
import type { LessonEntry } from '../../src/cache/lesson-entry.js';
import { pruneCacheFolder } from '../../src/cache/prune-cache.js';
import { compileCourse, type CompileResult } from '../../src/compile.js';
import type { TargetName } from '../../src/model/site.js';

type Files = Record<string, string | Uint8Array>;
const allTargets: TargetName[] = ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web'];

/** What a user gets from a compile: every package's bytes (by their SHA-256) by name, and the diagnostics in order. */
function output(result: CompileResult): { packages: Record<string, string>; diagnostics: unknown } {
  const packages: Record<string, string> = {};
  for (const artifact of result.artifacts) packages[artifact.fileName] = createHash('sha256').update(artifact.bytes ?? new Uint8Array()).digest('hex');
  return { packages, diagnostics: JSON.parse(JSON.stringify(result.diagnostics)) };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-disk-cache-'));
  prepareCacheFolder(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * One compile as a new `coursewright build --cache` process makes it: nothing in memory, every kept
 * lesson read from the cache folder, what is new written there afterwards.
 */
async function buildFromDisk(files: Files, targets = allTargets, identity = 'test tool 1'): Promise<{ out: ReturnType<typeof output>; reused: number; parsed: number; written: number }> {
  const store = openDiskStore(dir, { identity });
  const cache = createLessonCache({ store });
  const out = output(await compileCourse({ files, targets, cache }));
  const { written } = store.flush();
  return { out, ...cache.stats, written };
}

const cold = async (files: Files, targets = allTargets) => output(await compileCourse({ files, targets }));

const entryFiles = (): string[] => readdirSync(lessonsFolder(dir)).filter((name) => name.endsWith('.bin')).map((name) => join(lessonsFolder(dir), name));

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const mp4 = Uint8Array.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]);
const interview = (id: string): string => `:::interview{#${id} speaker="Sam Lee" video="../media/talk.mp4" captions="../media/talk.vtt" transcript="../media/talk.md"}\nSam on night shifts.\n:::\n`;
const lesson = (title: string, body: string): string => `---\ntitle: ${title}\n---\n${body}\n`;
const courseYml = (lessons: string, more = ''): string => `id: disk-cache\ntitle: Disk cache\nversion: "1"\nlessons: [${lessons}]\ncompletion: [all-lessons]\n${more}`;

/**
 * Lessons that depend on each other and on other files: A links to B and shows a picture, A and B
 * show one transcript (its footnotes are numbered across lessons), C warns about raw HTML.
 */
const course: Files = {
  'course.yml': courseYml('lessons/a.md, lessons/b.md, lessons/c.md'),
  'lessons/a.md': lesson('A', `See [lesson B](b.md).[^n]\n\n[^n]: A footnote.\n\n![A ward](../media/ward.png)\n\n${interview('iv-a')}`),
  'lessons/b.md': lesson('B', `B text.\n\n${interview('iv-b')}`),
  'lessons/c.md': lesson('C', 'C uses <b>raw HTML</b>.'),
  'media/talk.md': 'Sam talks about the ward.[^1]\n\n[^1]: Numbered across the lessons that show it.\n',
  'media/talk.mp4': mp4,
  'media/talk.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
  'media/ward.png': png,
};

/** Applies an edit: a file's new content, or '' to delete it. */
function edit(files: Files, changes: Files): Files {
  const next = { ...files, ...changes };
  for (const [path, content] of Object.entries(changes)) if (content === '') delete next[path];
  return next;
}

describe('the build cache on disk', () => {
  it('gives a new process the bytes and diagnostics of a cold build, through edits, deletions, a renamed asset and new settings', async () => {
    const steps: { what: string; changes: Files; parsed: number }[] = [
      { what: 'first build: every lesson parsed', changes: {}, parsed: 3 },
      { what: 'nothing changed: every lesson from disk', changes: {}, parsed: 0 },
      { what: 'one lesson edited', changes: { 'lessons/c.md': lesson('C', 'C has changed, and still uses <b>raw HTML</b>.') }, parsed: 1 },
      { what: 'a lesson deleted (B: A links to it, and now numbers the transcript alone)', changes: { 'course.yml': courseYml('lessons/a.md, lessons/c.md'), 'lessons/b.md': '' }, parsed: 1 },
      { what: 'the picture A shows renamed', changes: { 'media/ward.png': '', 'media/ward-at-night.png': png }, parsed: 1 },
      { what: 'A follows the rename', changes: { 'lessons/a.md': lesson('A', `See [lesson B](b.md).\n\n![A ward](../media/ward-at-night.png)\n\n${interview('iv-a')}`) }, parsed: 1 },
      { what: 'course settings the parse reads changed (reflections reported)', changes: { 'course.yml': courseYml('lessons/a.md, lessons/c.md', 'reporting:\n  reflections: report\n') }, parsed: 2 },
      { what: 'and back: the first settings are still kept', changes: { 'course.yml': courseYml('lessons/a.md, lessons/c.md') }, parsed: 0 },
    ];
    let files = course;
    const diagnostics: string[] = [];
    for (const step of steps) {
      files = edit(files, step.changes);
      const warm = await buildFromDisk(files, ['scorm12', 'xapi']);
      expect({ step: step.what, ...warm.out }).toEqual({ step: step.what, ...(await cold(files, ['scorm12', 'xapi'])) });
      expect({ step: step.what, parsed: warm.parsed }).toEqual({ step: step.what, parsed: step.parsed });
      diagnostics.push([...new Set(JSON.stringify(warm.out.diagnostics).match(/html-removed|asset-missing|link-broken/g))].sort().join());
    }
    // The problems a user sees come back from the cache as well: the deleted lesson's broken link, the renamed picture.
    expect(diagnostics).toEqual(['html-removed', 'html-removed', 'html-removed', 'html-removed,link-broken', 'asset-missing,html-removed,link-broken', 'html-removed,link-broken', 'html-removed,link-broken', 'html-removed,link-broken']);
  });

  it('parses again, rather than trust, a lesson whose parse met a file it could not read (an error object, kept without its kind)', async () => {
    // The transcript both interviews show is over the size coursewright reads from a Markdown file.
    const files = edit(course, { 'media/talk.md': `${'Sam talks about the ward. '.repeat(6000)}\n` });
    const first = await buildFromDisk(files, ['scorm12']);
    expect(JSON.stringify(first.out.diagnostics)).toMatch(/file-too-large/);
    const second = await buildFromDisk(files, ['scorm12']);
    expect(second.out).toEqual(await cold(files, ['scorm12']));
    expect(second.out).toEqual(first.out);
    // A and B read the transcript; C did not, and is reused.
    expect({ parsed: second.parsed, reused: second.reused }).toEqual({ parsed: 2, reused: 1 });
  });

  it('writes nothing when everything was reused, and only the edited lesson after an edit', async () => {
    expect((await buildFromDisk(course)).written).toBe(3);
    expect((await buildFromDisk(course)).written).toBe(0);
    expect((await buildFromDisk(edit(course, { 'lessons/c.md': lesson('C', 'C, edited.') }))).written).toBe(1);
    expect(entryFiles()).toHaveLength(4);
  });

  it('never reuses what another coursewright (another version or build of the code) made', async () => {
    await buildFromDisk(course, ['scorm12'], 'test tool 1');
    const other = await buildFromDisk(course, ['scorm12'], 'test tool 2');
    expect({ reused: other.reused, parsed: other.parsed }).toEqual({ reused: 0, parsed: 3 });
    expect((await buildFromDisk(course, ['scorm12'], 'test tool 1')).parsed).toBe(0);
  });

  it('ignores a damaged, truncated, foreign or unreadable cache file, builds the same packages, and writes it again', async () => {
    const damages: Record<string, (path: string) => void> = {
      truncated: (path) => writeFileSync(path, readFileSync(path).subarray(0, 200)),
      // The lesson's title as V8 writes it (a one-byte string of length 1 after the key): "A" becomes "@".
      'one letter of the lesson title changed': (path) => {
        const bytes = readFileSync(path);
        const marker = Buffer.from('title"\x01', 'latin1');
        const at = bytes.lastIndexOf(marker) + marker.length;
        expect(at).toBeGreaterThan(marker.length);
        bytes[at] = bytes[at]! ^ 1;
        writeFileSync(path, bytes);
      },
      empty: (path) => writeFileSync(path, ''),
      'not a cache file': (path) => writeFileSync(path, '{"entry": "from some other program"}'),
      'another lesson\'s entry under this name': (path) => writeFileSync(path, readFileSync(entryFiles().find((other) => other !== path)!)),
      'a folder, not a file': (path) => {
        rmSync(path);
        mkdirSync(path);
      },
      unreadable: (path) => chmodSync(path, 0o000),
    };
    const expected = await cold(course, ['scorm12']);
    for (const [damage, apply] of Object.entries(damages)) {
      rmSync(lessonsFolder(dir), { recursive: true, force: true });
      mkdirSync(lessonsFolder(dir));
      await buildFromDisk(course, ['scorm12']);
      const [victim] = entryFiles().sort();
      apply(victim!);
      const warm = await buildFromDisk(course, ['scorm12']);
      expect({ damage, ...warm.out }).toEqual({ damage, ...expected });
      // Root reads a file whatever its mode: there the unreadable file is read, and whole, so it is used.
      const unreadableAsRoot = damage === 'unreadable' && process.getuid?.() === 0;
      expect({ damage, parsed: warm.parsed }).toEqual({ damage, parsed: unreadableAsRoot ? 0 : 1 });
      if (damage === 'a folder, not a file') continue; // not replaced (rename cannot replace a folder), and still no harm
      chmodSync(victim!, 0o644);
      expect({ damage, parsed: (await buildFromDisk(course, ['scorm12'])).parsed }).toEqual({ damage, parsed: 0 });
    }
  });

  it('keeps every entry of the sample courses and diagnostic fixtures exactly as made (nothing JSON or a clone would lose)', async () => {
    const fixtures = join(import.meta.dirname, '../fixtures/validate');
    const folders = [...readdirSync(fixtures).map((name) => join(fixtures, name)), join(import.meta.dirname, '../../courses/getting-started'), join(import.meta.dirname, '../../courses/respect-at-work')];
    let entries = 0;
    for (const folder of folders) {
      const files = readCourse(folder);
      delete files['diagnostics.txt'];
      const saved: LessonEntry[] = [];
      const store = openDiskStore(dir, { identity: 'round trip' });
      const cache = createLessonCache({ store: { load: (key) => store.load(key), save: (entry) => (saved.push(entry), store.save(entry)) } });
      const first = output(await compileCourse({ files, targets: ['scorm12', 'cmi5'], cache }));
      for (const entry of new Set(saved)) {
        entries++;
        const back = decodeEntry(encodeEntry(entry, 'round trip'), 'round trip', entry.key);
        expect({ folder: relative(fixtures, folder), file: entry.head.file, same: isDeepStrictEqual(back, entry) }).toEqual({ folder: relative(fixtures, folder), file: entry.head.file, same: true });
      }
      store.flush();
      const second = await buildFromDisk(files, ['scorm12', 'cmi5'], 'round trip');
      expect({ folder, ...second.out }).toEqual({ folder, ...first });
      expect({ folder, parsed: second.parsed }).toEqual({ folder, parsed: 0 });
    }
    expect(entries).toBeGreaterThan(60);
  }, 300_000);
});

describe('the size of the cache folder', () => {
  const day = 24 * 60 * 60 * 1000;
  const age = (path: string, days: number): void => {
    const time = new Date(Date.now() - days * day);
    utimesSync(path, time, time);
  };

  it('loses entries not used for 30 days and temporary files of stopped builds, and keeps the rest', async () => {
    await buildFromDisk(course, ['scorm12']);
    const [old, recent, ...rest] = entryFiles().sort();
    age(old!, 31);
    age(recent!, 29);
    writeFileSync(`${old}.123-abcd.tmp`, 'half written');
    age(`${old}.123-abcd.tmp`, 2);
    writeFileSync(`${recent}.456-abcd.tmp`, 'being written now');
    pruneCacheFolder(dir, Date.now());
    expect(readdirSync(lessonsFolder(dir)).sort()).toEqual([recent!, `${recent}.456-abcd.tmp`, ...rest].map((path) => relative(lessonsFolder(dir), path)).sort());
  });

  it('is pruned by a build that wrote to it, at most once an hour', async () => {
    const c = (text: string): Files => edit(course, { 'lessons/c.md': lesson('C', text) });
    // A course of lesson C alone: the one entry, never used again, is made old.
    await buildFromDisk(edit(c('First.'), { 'course.yml': courseYml('lessons/c.md'), 'lessons/a.md': '', 'lessons/b.md': '' }), ['scorm12']);
    const [old] = entryFiles();
    age(old!, 31);
    // Written to within the hour of the last prune: not pruned again yet.
    expect((await buildFromDisk(c('Second.'), ['scorm12'])).written).toBe(3);
    expect(statSync(old!, { throwIfNoEntry: false })).toBeDefined();
    age(join(dir, 'last-pruned'), 2 / 24);
    expect((await buildFromDisk(c('Third.'), ['scorm12'])).written).toBe(1);
    expect(statSync(old!, { throwIfNoEntry: false })).toBeUndefined();
  });

  it('keeps within its size by removing the least recently used entries first, and a use counts as recent', async () => {
    await buildFromDisk(course, ['scorm12']);
    const files = entryFiles().sort();
    files.forEach((path, index) => age(path, 3 + index)); // the first is the most recently used
    // A course of lesson C alone reuses C's entry, whichever file it is: its time moves on to now.
    const used = await buildFromDisk(edit(course, { 'course.yml': courseYml('lessons/c.md'), 'lessons/a.md': '', 'lessons/b.md': '' }), ['scorm12']);
    expect({ parsed: used.parsed, written: used.written }).toEqual({ parsed: 0, written: 0 });
    const touched = files.filter((path) => Date.now() - statSync(path).mtimeMs < day);
    expect(touched).toHaveLength(1);
    const [mostRecentOther] = files.filter((path) => path !== touched[0]);
    pruneCacheFolder(dir, Date.now(), { maxBytes: statSync(touched[0]!).size + statSync(mostRecentOther!).size });
    expect(entryFiles().sort()).toEqual([touched[0], mostRecentOther].sort());
  });
});

function readCourse(folder: string): Files {
  const files: Files = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path).split('\\').join('/')] = readFileSync(path);
    }
  };
  walk(folder);
  return files;
}
