/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import { mkdtemp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/preview-server.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { watchForProblems } from '../support/course-in-browser.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';

let dir: string;
let preview: PreviewServer;
let browser: Browser;

async function writeCourse(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-preview-'));
  await writeCourse(runtimeTestCourse);
  [preview, browser] = await Promise.all([startPreview({ dir }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The course frame inside the preview page, once it shows a lesson. */
async function courseFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => (document.getElementById('course') as HTMLIFrameElement | null)?.contentDocument?.querySelector('.cw-lesson:not([hidden])') !== null);
  const frame = page.frame({ url: /\/course\/index\.html/ });
  if (!frame) throw new Error('no course frame');
  return frame;
}

/** Raw GET with the path exactly as written (fetch would normalise `..` away). */
function rawGet(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: preview.address.port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A GET's status, headers and body, or the error when the connection is cut off. */
function getWhole(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: preview.address.port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    req.on('error', (error) => resolve({ error: error.message }));
    req.end();
  });
}

describe('coursewright preview', () => {
  it('listens on 127.0.0.1 only and serves nothing outside the built course', async () => {
    expect(preview.address.address).toBe('127.0.0.1');
    expect(await rawGet('/course/index.html')).toBe(200);
    for (const path of ['/course/../package.json', '/course/%2e%2e/%2e%2e/package.json', '/course/..%2F..%2Fpackage.json', '/__preview/../package.json', '/course/lessons/welcome.md', '/course//etc/passwd', '/../../etc/passwd']) {
      expect({ path, status: await rawGet(path) }).toEqual({ path, status: 404 });
    }
  });

  it("refuses other sites' pages: requests by another host name, and posts that are not JSON", async () => {
    // A name that resolves to 127.0.0.1 (DNS rebinding) must not let another site read the course.
    expect(await rawGet('/course/index.html', { headers: { host: `attacker.example:${preview.address.port}` } })).toBe(403);
    expect(await rawGet('/course/index.html', { headers: { host: `localhost:${preview.address.port}` } })).toBe(200);
    // A form on another site can post text/plain without asking first; the preview reads only JSON.
    const state = JSON.stringify({ suspendData: '' });
    expect(await rawGet('/__preview/scenarios', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: state })).toBe(400);
    expect(await rawGet('/__preview/scenarios', { method: 'POST', headers: { 'content-type': 'application/json' }, body: state })).toBe(200);
    // An xAPI or cmi5 learner is named by a registration the page made and an Agent, nothing else.
    const learner = (registration: string, actor: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: 'xapi', registration, actor }) });
    const actor = { objectType: 'Agent', account: { homePage: preview.url, name: 'preview-learner' } };
    expect(await rawGet('/__preview/scenarios', learner('c0ffee00-0000-4000-8000-000000000001', actor))).toBe(200);
    expect(await rawGet('/__preview/scenarios', learner('../../etc', actor))).toBe(400);
    expect(await rawGet('/__preview/scenarios', learner('c0ffee00-0000-4000-8000-000000000001', 'me'))).toBe(400);
    // A jump goes on as a new attempt, under a registration of its own.
    const jump = (into: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: 'xapi', registration: 'c0ffee00-0000-4000-8000-000000000001', actor, scenario: 'x', node: 'y', into }) });
    expect(await rawGet('/__preview/scenario-jump', jump('not-a-uuid'))).toBe(400);
    expect(await rawGet('/__preview/scenario-jump', jump('c0ffee00-0000-4000-8000-000000000001'))).toBe(400);
  });

  it('plays the course inside a real SCORM runtime, shows what the LMS received, and shows an edit without a restart', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems: string[] = [];
    watchForProblems(page, problems);
    await page.goto(preview.url);
    let frame = await courseFrame(page);
    expect(await frame.locator('#lesson-welcome').textContent()).toContain('Everyone deserves respect at work.');

    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
    await frame.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#pv-interactions').textContent(), { timeout: 5000 }).toContain('q-signs');
    expect(await page.locator('#pv-status').textContent()).toBe('incomplete');
    expect(await page.locator('#pv-location').textContent()).toBe('recognising');

    const before = preview.version;
    const saved = performance.now();
    await writeCourse({ 'lessons/welcome.md': '---\ntitle: Welcome\n---\nEveryone deserves **respect**, on every shift.\n' });
    await expect.poll(() => preview.version, { timeout: 5000, interval: 5 }).toBeGreaterThan(before);
    await expect.poll(async () => (await page.frame({ url: /build=/ })?.locator('#lesson-welcome').textContent()) ?? '', { timeout: 5000, interval: 5 }).toContain('on every shift');
    // Reported, not asserted (speed is the benchmark's): file watcher, rebuild, reload and the course starting again.
    console.log(`preview: saved lesson shown after ${Math.round(performance.now() - saved)} ms (build ${await page.locator('#pv-build').textContent()})`);
    frame = await courseFrame(page);
    // The learner's state survives the rebuild: still on the lesson they were on (shown once its
    // script has loaded, on demand), the answer kept.
    await expect.poll(() => frame.locator('#lesson-recognising').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await frame.getByRole('radio', { name: "Jokes at one person's expense" }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it("plays the xAPI package against the preview's stand-in LRS and lists the statements it received", async () => {
    const page = await (await newContext(browser)).newPage();
    const problems: string[] = [];
    // A state document not written yet is a 404, as on any LRS.
    watchForProblems(page, problems, { allowResponse: (status, url) => status === 404 && url.includes('/__preview/lrs/activities/state') });
    await page.goto(preview.url);
    await courseFrame(page);
    await page.locator('#pv-target').selectOption('xapi');
    await expect.poll(() => page.locator('#pv-inspector-title').textContent(), { timeout: 10_000 }).toContain('xAPI');
    await expect.poll(() => page.frames().some((f) => /endpoint=/.test(f.url())), { timeout: 10_000 }).toBe(true);
    const frame = await courseFrame(page);
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
    await frame.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#pv-statements tr[data-verb="answered"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('#pv-statements').textContent()).toContain('success');
    // The credentials are the preview's, for this run: they are in the launch link, never in the package.
    const status = (await (await fetch(new URL('/__preview/status', preview.url))).json()) as { lrs: { auth: string } };
    expect(await (await fetch(new URL('/course/index.html', preview.url))).text()).not.toContain(status.lrs.auth.slice('Basic '.length));
    expect(problems).toEqual([]);
    await page.locator('#pv-target').selectOption('scorm12');
    await expect.poll(() => page.locator('#pv-inspector-title').textContent(), { timeout: 10_000 }).toContain('SCORM 1.2');
  });

  it('plays the cmi5 package as an LMS launches it (launch data, one-time token) and lists its statements', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems: string[] = [];
    watchForProblems(page, problems, { allowResponse: (status, url) => status === 404 && /\/__preview\/lrs\/(activities\/state|agents\/profile)/.test(url) });
    await page.goto(preview.url);
    await courseFrame(page);
    await page.locator('#pv-target').selectOption('cmi5');
    await expect.poll(() => page.frames().some((f) => /fetch=/.test(f.url())), { timeout: 10_000 }).toBe(true);
    const frame = await courseFrame(page);
    await expect.poll(() => page.locator('#pv-statements tr[data-verb="initialized"]').count(), { timeout: 10_000 }).toBe(1);
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
    await frame.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.locator('#pv-statements tr[data-verb="answered"]').count(), { timeout: 10_000 }).toBe(1);
    expect(problems).toEqual([]);
    await page.locator('#pv-target').selectOption('scorm12');
    await expect.poll(() => page.locator('#pv-inspector-title').textContent(), { timeout: 10_000 }).toContain('SCORM 1.2');
  });

  it('serves a drawing as its last good build checked it, under a policy that runs no script, never as edited since', async () => {
    const wrapUp = runtimeTestCourse['lessons/wrap-up.md'] ?? '';
    const safe = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>\n';
    await writeCourse({ 'media/plan.svg': safe, 'lessons/wrap-up.md': `${wrapUp}\nSee [the floor plan](../media/plan.svg).\n` });
    await expect.poll(async () => ((await getWhole('/course/media/plan.svg')) as { status?: number }).status, { timeout: 5000 }).toBe(200);
    const served = await getWhole('/course/media/plan.svg');
    expect(served).toMatchObject({ status: 200, body: safe });
    expect('headers' in served ? served.headers['content-security-policy'] : undefined).toMatch(/default-src 'none'.*sandbox/);
    // Edited in place into a drawing with a script: the build refuses it and the preview keeps the last good build.
    const evil = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    await writeCourse({ 'media/plan.svg': evil.padEnd(safe.length - 1) + '\n' }); // the size the folder listing saw
    const ok = async (): Promise<unknown> => (JSON.parse(((await getWhole('/__preview/status')) as { body: string }).body) as { ok: boolean }).ok;
    await expect.poll(ok, { timeout: 5000 }).toBe(false);
    const after = await getWhole('/course/media/plan.svg');
    expect('body' in after && after.status === 200 && after.body.includes('<script')).toBe(false);
    await writeCourse({ 'media/plan.svg': safe, 'lessons/wrap-up.md': wrapUp });
    await expect.poll(ok, { timeout: 5000 }).toBe(true);
  });

  it('shows the problems of a broken edit in the page and keeps the last good build', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(preview.url);
    await courseFrame(page);
    await writeCourse({ 'lessons/wrap-up.md': '---\ntitle: Wrap-up\n---\n:::check{#q-broken}\nNo options here.\n:::\n' });
    await expect.poll(() => page.locator('#pv-problems').isVisible(), { timeout: 5000 }).toBe(true);
    expect(await page.locator('#pv-problems-title').textContent()).toContain('The course below is the last build that worked.');
    expect(await page.locator('#pv-problems-list').textContent()).toMatch(/lessons\/wrap-up\.md:\d+:\d+ error/);
    expect(await rawGet('/course/index.html')).toBe(200);
    await writeCourse({ 'lessons/wrap-up.md': runtimeTestCourse['lessons/wrap-up.md'] ?? '' });
    await expect.poll(() => page.locator('#pv-problems').isVisible(), { timeout: 5000 }).toBe(false);
  });
});

describe('saves the preview sees', () => {
  it('every save of a lesson, also by editors that write a new file and rename it over the old one (an undo after a broken edit)', async () => {
    const own = await mkdtemp(join(tmpdir(), 'cw-preview-saves-'));
    const write = async (path: string, text: string): Promise<void> => {
      await mkdir(dirname(join(own, path)), { recursive: true });
      await writeFile(join(own, path), text);
    };
    for (const [path, text] of Object.entries(runtimeTestCourse)) await write(path, text);
    const watching = await startPreview({ dir: own });
    try {
      const lesson = join(own, 'lessons', 'wrap-up.md');
      const good = runtimeTestCourse['lessons/wrap-up.md'] ?? '';
      const broken = '---\ntitle: Wrap-up\n---\n:::check{#q-broken}\nNo options here.\n:::\n';
      /** Saves `text` as many editors do: a new file renamed over the lesson. */
      const saveByRename = async (text: string): Promise<void> => {
        await writeFile(`${lesson}.saving`, text);
        await rename(`${lesson}.saving`, lesson);
      };
      const nextBuild = async (save: () => Promise<void>): Promise<boolean> => {
        const before = watching.version;
        await save();
        await expect.poll(() => watching.version, { timeout: 5000, interval: 10 }).toBeGreaterThan(before);
        const built = await watching.rebuild();
        return built.files !== undefined;
      };
      expect(await nextBuild(() => saveByRename(broken))).toBe(false);
      // The undo: the same file saved again, by rename and then in place; each is seen.
      expect(await nextBuild(() => saveByRename(good))).toBe(true);
      expect(await nextBuild(() => writeFile(lesson, broken))).toBe(false);
      expect(await nextBuild(() => saveByRename(good))).toBe(true);
      // A file in a hidden folder (an editor's or version control's) makes no build, once the
      // builds of the saves above are over (a rename is told a moment later, as one change).
      const quiet = async (): Promise<number> => {
        for (let seen = -1; seen !== watching.version; ) {
          seen = watching.version;
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
        return watching.version;
      };
      const before = await quiet();
      await write('.git/index', 'x');
      expect(await quiet()).toBe(before);
    } finally {
      await watching.close();
      await rm(own, { recursive: true, force: true });
    }
  });
});
