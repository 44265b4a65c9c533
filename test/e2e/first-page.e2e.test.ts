/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { cspViolations, recordCspViolations } from '../support/csp-violations.js';

// Lesson 1 is short; lesson 2 holds a captioned interview, the kind of file a learner on ward Wi-Fi
// should not wait for before the first screen.
const course: Record<string, string | Uint8Array> = {
  'course.yml': 'id: first-page\ntitle: First page\nversion: "1"\nlessons: [lessons/one.md, lessons/two.md]\n',
  'lessons/one.md': '---\ntitle: One\n---\nA short first lesson.\n',
  'lessons/two.md': [
    '---',
    'title: Two',
    '---',
    ':::interview{#sam speaker="Sam Lee" role="Charge nurse" video="../media/sam.mp4" captions="../media/sam.en.vtt" transcript="../media/sam.md"}',
    'Sam talks about nights.',
    ':::',
    '',
  ].join('\n'),
  'media/sam.mp4': new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]),
  'media/sam.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
  'media/sam.md': 'Nights are long.\n',
};

const env = useCourseInBrowser(course);

describe('the first page of a package', () => {
  it('never requests the media of a lesson before that lesson is shown', async () => {
    const page = await env.newPage();
    const media: string[] = [];
    page.on('request', (request) => {
      if (/\/media\//.test(request.url())) media.push(new URL(request.url()).pathname);
    });
    await page.goto(env.launchUrl(), { waitUntil: 'networkidle' });
    expect(media).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => media.some((path) => path.endsWith('/media/sam.mp4'))).toBe(true);
    // Its first captions are then on, as a `default` track would have been.
    await expect.poll(() => page.locator('.cw-interview track').evaluate((track: HTMLTrackElement) => track.track.mode)).toBe('showing');
    expect(media).toContain('/media/sam.en.vtt');
  });
});

// The same first lesson (text and a check) in a 3-lesson course and in a 40-lesson one whose later
// lessons hold many blocks: the first screen must cost the same in both. Both use the same four
// kinds of block (the stylesheet holds the styles of the first screen's kinds only; the others come
// with their code).
const firstLesson = [
  '---',
  'title: Start',
  '---',
  'Welcome.',
  '',
  ':::check{#q-start}',
  'Is this the first lesson?',
  '',
  '- [x] Yes',
  '- [ ] No',
  ':::',
  '',
].join('\n');

/** A later lesson `n`: blocks of the kinds its number picks (one in lesson 2, then two), ids unique in the course. */
function laterLesson(n: number): string {
  const kinds = [
    [`:::acknowledgement{#ack-${n}}`, `I have read part ${n}.`, ':::'],
    [`:::reflection{#r-${n}}`, `What did part ${n} make you think of?`, ':::'],
    [`:::practice{#p-${n} mode=choose}`, `A colleague is teased in part ${n}.`, '', '- [x] **Direct:** Say it is not okay.', '- [ ] **Delay:** Check in later.', ':::'],
    [`:::check{#q-${n}}`, `Question of part ${n}?`, '', '- [x] Right', '- [ ] Wrong', ':::'],
  ];
  const own = kinds[(n - 2) % kinds.length] ?? [];
  const second = n > 2 ? (kinds[(n - 1) % kinds.length] ?? []) : [];
  return ['---', `title: Part ${n}`, '---', `Text of part ${n}.`, '', ...own, '', ...second, ''].join('\n');
}

function courseOf(lessons: number): Record<string, string> {
  const files: Record<string, string> = { 'lessons/l1.md': firstLesson };
  for (let n = 2; n <= lessons; n += 1) files[`lessons/l${n}.md`] = laterLesson(n);
  const list = Array.from({ length: lessons }, (_, i) => `lessons/l${i + 1}.md`).join(', ');
  return { 'course.yml': `id: size-${lessons}\ntitle: Size ${lessons}\nversion: "1"\nlessons: [${list}]\n`, ...files };
}

const small = useCourseInBrowser(courseOf(3));
const large = useCourseInBrowser(courseOf(40));

/** The block chunks a page requested so far, by kind. */
const chunksRequested = (urls: readonly string[]): string[] =>
  urls.map((url) => /\/assets\/blocks\/([a-z-]+)\.js$/.exec(url)?.[1]).filter((kind): kind is string => kind !== undefined).sort();

/**
 * Opens a package's first page and waits until its first lesson's check works: the requests made
 * until then (paths, in order) and the gzip bytes of its HTML, and of its scripts and stylesheets.
 */
async function firstScreen(page: Page, url: string): Promise<{ requests: string[]; htmlBytes: number; codeBytes: number }> {
  const requests: string[] = [];
  const responses: Response[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname.replace(/^.*?\/(index\.html|assets\/)/, '$1')));
  page.on('response', (response) => responses.push(response));
  await page.goto(url);
  await page.locator('[data-cw-block="q-start"][data-cw-mounted]').waitFor();
  await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
  const seen = requests.slice();
  let htmlBytes = 0;
  let codeBytes = 0;
  for (const response of responses.slice(0, seen.length)) {
    const type = response.request().resourceType();
    if (!['document', 'script', 'stylesheet'].includes(type)) continue;
    const bytes = gzipSync(await response.body(), { level: 9 }).length;
    if (type === 'document') htmlBytes += bytes;
    else codeBytes += bytes;
  }
  return { requests: seen, htmlBytes, codeBytes };
}

describe('the first page of a package, whatever the size of the course', () => {
  it('loads the page, the stylesheet and one script (the core with the first screen\u2019s block code): the same requests and code bytes for 3 lessons as for 40', async () => {
    const few = await firstScreen(await small.newPage(), small.launchUrl());
    const many = await firstScreen(await large.newPage(), large.launchUrl());
    expect(few.requests).toEqual(['index.html', 'assets/coursewright.css', 'assets/coursewright.js']);
    expect(many.requests).toEqual(few.requests);
    expect(many.codeBytes).toBe(few.codeBytes);
    expect(few.codeBytes + few.htmlBytes).toBeLessThanOrEqual(30 * 1024);
    // The later lessons are scripts of their own (test/e2e/lazy-lessons.e2e.test.ts): the page grows
    // by a few bytes per lesson (its title and saved-state layout), not by its content.
    expect(many.htmlBytes - few.htmlBytes).toBeLessThanOrEqual(37 * 60);
  });

  it('packages only the block code and styles its course uses, the first screen\u2019s in the core script and stylesheet', () => {
    const chunks = (entries: readonly string[]): string[] => entries.filter((entry) => /^assets\/blocks\/.+/.test(entry)).sort();
    expect(chunks(large.pkg.entries)).toEqual([
      'assets/blocks/acknowledgement.css', 'assets/blocks/acknowledgement.js', 'assets/blocks/practice.css', 'assets/blocks/practice.js', 'assets/blocks/reflection.css', 'assets/blocks/reflection.js',
    ]);
    expect(chunks(small.pkg.entries)).toEqual(chunks(large.pkg.entries));
  });

  it('loads a later lesson\u2019s block code when that lesson is shown, and the rest once the learner is reading, with no CSP violation', async () => {
    const page = await large.newPage();
    await recordCspViolations(page);
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(large.launchUrl());
    await page.locator('[data-cw-block="q-start"][data-cw-mounted]').waitFor();
    expect(chunksRequested(urls)).toEqual([]);

    await page.getByRole('button', { name: 'Next' }).click();
    const ack = page.locator('[data-cw-block="ack-2"]');
    await ack.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
    await ack.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => ack.getByRole('status').textContent()).toMatch(/^Acknowledged on .*\d{4}/);
    expect(chunksRequested(urls)).toContain('acknowledgement');

    // Prefetched when idle, one kind at a time, so the course plays on offline.
    await expect.poll(() => chunksRequested(urls), { timeout: 15_000 }).toEqual(['acknowledgement', 'practice', 'reflection']);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'Your reflection' }).fill('Something.');
    expect(await cspViolations(page.mainFrame())).toEqual([]);
  });

  it('keeps a block static when its code cannot load on a flaky network, and loads it when the lesson is shown again', async () => {
    // A context of its own: the one console error the failed load causes is expected here.
    const context = await large.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text()); });
    // The network fails the code until the test lets it through. (On a slow machine the idle
    // prefetch may be the first to ask for it, and fail too: one console error for each try.)
    let online = false;
    await page.route('**/assets/blocks/acknowledgement.js', (route) => (online ? route.continue() : route.abort('internetdisconnected')));
    await page.goto(large.launchUrl());
    await page.getByRole('button', { name: 'Next' }).click();
    const ack = page.locator('[data-cw-block="ack-2"]');
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    // The static version, shown: not mounted, no longer waiting.
    await expect.poll(() => ack.getAttribute('data-cw-loading')).toBeNull();
    expect(await ack.getAttribute('data-cw-mounted')).toBeNull();
    expect(await ack.isVisible()).toBe(true);
    const failed = errors.length;
    expect(errors.every((error) => error.includes('could not be loaded'))).toBe(true);
    // Back and forth: the lesson asks for the code again, and now it comes.
    online = true;
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('[data-cw-block="ack-2"][data-cw-mounted]').waitFor();
    await ack.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
    await ack.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => ack.getByRole('status').textContent()).toMatch(/^Acknowledged on/);
    expect(errors).toHaveLength(failed);
    await context.close();
  });

  it('resumes on a later lesson with its blocks working, loading their code for it', async () => {
    const page = await large.newPage();
    await page.goto(large.launchUrl());
    await page.locator('#cw-menu-toggle').click();
    await page.locator('.cw-menu-link[data-lesson="3"]').click();
    await page.locator('[data-cw-block="p-4"][data-cw-mounted]').waitFor();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.reload();
    expect(await visibleLessons(page.mainFrame())).toEqual(['lesson-l4']);
    await page.locator('[data-cw-block="p-4"][data-cw-mounted]').waitFor();
    // The first lesson's check code comes with the core; the practice's is loaded for the bookmark.
    expect(chunksRequested(urls)).toEqual(['practice']);
  });
});

describe('a web package of many lessons, from file://', () => {
  let work = '';
  let folder = '';
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cw-first-page-'));
    const result = await compileCourse({ files: courseOf(40), targets: ['web'], outDir: work });
    folder = result.artifacts[0]?.folder?.path ?? '';
    if (!folder) throw new Error(`the web package was not built: ${JSON.stringify(result.diagnostics)}`);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('loads each lesson\u2019s block code from the folder as the learner goes', async () => {
    const page = await large.newPage();
    await recordCspViolations(page);
    await page.goto(pathToFileURL(join(folder, 'index.html')).href);
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('[data-cw-block="q-start"] [role="status"]').textContent()).not.toBe('');
    await page.getByRole('button', { name: 'Next' }).click();
    const ack = page.locator('[data-cw-block="ack-2"]');
    await ack.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
    await ack.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => ack.getByRole('status').textContent()).toMatch(/^Acknowledged on .*\d{4}/);
    expect(await cspViolations(page.mainFrame())).toEqual([]);
  });
});
