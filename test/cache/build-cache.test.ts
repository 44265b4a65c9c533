import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuildCache, type BuildCache } from '../../src/cache/build-cache.js';
import { compileCourse, type CompileResult } from '../../src/compile.js';
import type { TargetName } from '../../src/model/site.js';

type Files = Record<string, string | Uint8Array>;
const targets: TargetName[] = ['scorm12', 'xapi'];

/** What a user gets from a compile: every package's bytes by name, and the diagnostics in order. */
function output(result: CompileResult): { packages: Record<string, string>; diagnostics: unknown; variants: string } {
  const packages: Record<string, string> = {};
  for (const artifact of result.artifacts) packages[artifact.fileName] = Buffer.from(artifact.bytes ?? []).toString('base64');
  // The model too (its HTML), for the compiles with errors, which make no packages.
  return { packages, diagnostics: JSON.parse(JSON.stringify(result.diagnostics)), variants: JSON.stringify(result.variants) };
}

type Output = ReturnType<typeof output>;

async function build(files: Files, cache?: BuildCache, only = targets): Promise<Output> {
  return output(await compileCourse({ files, targets: only, ...(cache ? { cache } : {}) }));
}

/**
 * Compiles `before` with a cache, then each edit in turn with the same cache, and checks every
 * cached compile against an uncached compile of the same files. Returns the lessons parsed per compile.
 */
async function checkEdits(before: Files, edits: Files[], only = targets): Promise<{ parsed: number[]; results: Output[] }> {
  const cache = createBuildCache();
  const parsed: number[] = [];
  const results: Output[] = [];
  let files = before;
  for (const edit of [{}, ...edits]) {
    files = { ...files, ...edit };
    for (const [path, content] of Object.entries(edit)) if (content === '') delete files[path];
    const start = cache.stats.parsed;
    const cached = await build(files, cache, only);
    parsed.push(cache.stats.parsed - start);
    expect(cached).toEqual(await build(files, undefined, only));
    results.push(cached);
  }
  return { parsed, results };
}

function readCourse(dir: string): Files {
  const files: Files = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = readFileSync(path);
    }
  };
  walk(dir);
  return files;
}

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const mp4 = Uint8Array.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]);
const interview = (id: string): string => `:::interview{#${id} speaker="Sam Lee" video="../media/talk.mp4" captions="../media/talk.vtt" transcript="../media/talk.md"}\nSam on night shifts.\n:::\n`;
const lesson = (title: string, body: string): string => `---\ntitle: ${title}\n---\n${body}\n`;
const transcript = 'Sam talks about the ward.[^1]\n\n[^1]: Its footnote ids are numbered across the lessons that show it.\n';

/**
 * A course whose lessons depend on each other and on other files: A links to B, A and B show the
 * same transcript (whose footnotes are numbered across lessons), C warns about raw HTML.
 */
const course: Files = {
  'course.yml': 'id: cache-course\ntitle: Cache course\nversion: "1"\nlessons: [lessons/a.md, lessons/b.md, lessons/c.md]\ncompletion: [all-lessons]\n',
  'lessons/a.md': lesson('A', `See [lesson B](b.md).[^n]\n\n[^n]: A footnote.\n\n${interview('iv-a')}`),
  'lessons/b.md': lesson('B', `B text.\n\n${interview('iv-b')}`),
  'lessons/c.md': lesson('C', 'C uses <b>raw HTML</b>.'),
  'media/talk.md': transcript,
  'media/talk.mp4': mp4,
  'media/talk.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
  'media/Pic.png': png,
  'media/pic.png': png,
};

describe('the build cache', () => {
  it('gives the bytes and diagnostics of an uncached build, and parses only what an edit touched', async () => {
    const { parsed, results } = await checkEdits(course, [
      // Nothing changed: nothing parsed again, the raw-HTML warning reported again.
      {},
      // One lesson edited: only it is parsed.
      { 'lessons/c.md': lesson('C', 'C has changed, and still uses <b>raw HTML</b>.') },
      // B is edited, A is not: B's transcript footnotes are still numbered after A's.
      { 'lessons/b.md': lesson('B', `B text, edited.\n\n${interview('iv-b')}`) },
      // Lesson B's id changes: A links to it, so A is parsed again as well.
      { 'lessons/b.md': lesson('B', `B text.\n\n${interview('iv-b')}`).replace('title: B', 'title: B\nid: bee') },
      // The transcript both lessons show changes: both are parsed again.
      { 'media/talk.md': transcript.replace('about the ward', 'about the night') },
    ]);
    expect(parsed).toEqual([3, 0, 1, 1, 2, 2]);
    expect(results.every((r) => Object.keys(r.packages).length === 2 && JSON.stringify(r.diagnostics).includes('html-removed'))).toBe(true);
    expect(results[0]?.variants).toMatch(/media-talk-2-fn-1/);
  });

  it('parses again a lesson whose asset answers changed (a file added, a clash gone), and only as far as needed', async () => {
    const { parsed, results } = await checkEdits(course, [
      { 'lessons/c.md': lesson('C', 'C shows ![a new picture](../media/new.png).') },
      // The missing picture is added: C's cached parse no longer holds.
      { 'media/new.png': png },
      // A and B show pictures whose names differ only by letter case: B's is refused.
      { 'lessons/a.md': lesson('A', `See [lesson B](b.md).\n\n![A](../media/Pic.png)\n\n${interview('iv-a')}`), 'lessons/b.md': lesson('B', `![B](../media/pic.png)\n\n${interview('iv-b')}`) },
      // A no longer shows media/Pic.png, so B's picture no longer clashes with it.
      { 'lessons/a.md': lesson('A', `See [lesson B](b.md).\n\n${interview('iv-a')}`) },
      // The shared transcript's footnotes are now numbered from B: B's cached numbering no longer holds.
      { 'lessons/a.md': lesson('A', 'No interview here any more.') },
    ]);
    expect(parsed).toEqual([3, 1, 1, 2, 2, 2]);
    expect(results.map((r) => (JSON.stringify(r.diagnostics).match(/asset-missing|asset-case-clash/g) ?? []).join())).toEqual(['', 'asset-missing', '', 'asset-case-clash', '', '']);
  });

  it('parses again a lesson whose picture changed size, so its picture keeps its place at the new size', async () => {
    const sized = (width: number, height: number): Uint8Array => Uint8Array.from([...png.slice(0, 8), 0, 0, 0, 13, ...Buffer.from('IHDR'), ...u32(width), ...u32(height), 8, 0, 0, 0, 0]);
    const withPicture = { ...course, 'lessons/c.md': lesson('C', '![The ward at night](../media/ward.png)'), 'media/ward.png': sized(800, 400) };
    const { parsed, results } = await checkEdits(withPicture, [{ 'media/ward.png': sized(1200, 400) }]);
    expect(parsed).toEqual([3, 1]);
    expect(results.map((r) => /<img[^>]* width=\\?"(\d+)\\?" height=\\?"(\d+)\\?"/.exec(r.variants)?.slice(1).join(' × '))).toEqual(['800 × 400', '1200 × 400']);
  });

  it('reuses the flagship lessons of every edition and language, and reports the same problems', async () => {
    const files = readCourse(join(import.meta.dirname, '../../courses/respect-at-work'));
    const welcome = String(files['lessons/welcome.md']);
    const { parsed } = await checkEdits(files, [
      { 'lessons/welcome.md': `${welcome}\nOne more line, with <span>raw HTML</span>.\n` },
      { 'scenarios/break-room.yml': String(files['scenarios/break-room.yml']).replace('Tuesday, 3 a.m.', 'Wednesday, 3 a.m.') },
    ], ['scorm12']);
    const lessons = Object.keys(files).filter((path) => path.startsWith('lessons/')).length;
    // The edited English lesson; then the lesson using the scenario and its translation (whose translation-of hash goes stale).
    expect(parsed).toEqual([lessons, 1, 2]);
  }, 120_000);

  it('never lets a later stage change a kept lesson', async () => {
    const cache = createBuildCache();
    const result = await compileCourse({ files: course, targets, cache, validateOnly: true });
    const lesson = result.course?.lessons[0];
    expect(Object.isFrozen(lesson?.blocks)).toBe(true);
  });
});

describe('the build cache on every diagnostic fixture and sample course', () => {
  const fixtures = join(import.meta.dirname, '../fixtures/validate');
  const folders = [
    ...readdirSync(fixtures).map((name) => join(fixtures, name)),
    join(import.meta.dirname, '../../courses/getting-started'),
  ];
  it('reports the same diagnostics and makes the same packages, first and second time through the cache', async () => {
    for (const dir of folders) {
      const files = readCourse(dir);
      delete files['diagnostics.txt'];
      const cache = createBuildCache();
      const uncached = await build(files, undefined, ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web']);
      for (const pass of ['first', 'second']) {
        expect({ dir, pass, ...(await build(files, cache, ['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web'])) }).toEqual({ dir, pass, ...uncached });
      }
    }
  }, 300_000);
});
