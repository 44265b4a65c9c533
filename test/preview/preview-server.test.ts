/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
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
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: preview.address.port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
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
    await writeCourse({ 'lessons/welcome.md': '---\ntitle: Welcome\n---\nEveryone deserves **respect**, on every shift.\n' });
    await expect.poll(() => preview.version, { timeout: 5000 }).toBeGreaterThan(before);
    await expect.poll(async () => (await page.frame({ url: /build=/ })?.locator('#lesson-welcome').textContent()) ?? '', { timeout: 5000 }).toContain('on every shift');
    frame = await courseFrame(page);
    // The learner's state survives the rebuild: still on the lesson they were on, the answer kept.
    expect(await frame.locator('#lesson-recognising').isVisible()).toBe(true);
    expect(await frame.getByRole('radio', { name: "Jokes at one person's expense" }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
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
