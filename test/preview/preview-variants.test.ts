/// <reference lib="dom" />
// Callbacks passed to page.waitForFunction run in the browser and use DOM types.
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/preview-server.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { watchForProblems } from '../support/course-in-browser.js';

const flagship = join(import.meta.dirname, '../../courses/respect-at-work');
let preview: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview({ dir: flagship, watch: false }), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

/** The course frame of the build the page shows now, once it shows a lesson. */
async function courseFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => (document.getElementById('course') as HTMLIFrameElement | null)?.contentDocument?.querySelector('.cw-lesson:not([hidden])') !== null, undefined, { timeout: 30_000 });
  const frame = page.frames().find((f) => /\/course\/index\.html/.test(f.url()));
  if (!frame) throw new Error('no course frame');
  return frame;
}

async function switchTo(page: Page, edition: string, language: string): Promise<Frame> {
  const before = await page.locator('#pv-build').textContent();
  await page.locator('#pv-variant').selectOption(JSON.stringify({ edition, language }));
  await expect.poll(() => page.locator('#pv-build').textContent(), { timeout: 30_000 }).not.toBe(before);
  await expect.poll(() => page.frames().some((f) => /build=/.test(f.url()) && f.url() !== 'about:blank'), { timeout: 30_000 }).toBe(true);
  return courseFrame(page);
}

describe('coursewright preview of a course with editions and languages', () => {
  it('switches edition and language from the inspector, each with its own learner', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems: string[] = [];
    watchForProblems(page, problems);
    await page.goto(preview.url);
    let frame = await courseFrame(page);
    expect(await page.locator('#pv-variant option').count()).toBe(6);
    expect(await page.locator('#pv-jump').textContent()).not.toContain('Your duty as a manager');
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('#pv-location').textContent(), { timeout: 5000 }).toBe('welcome');

    frame = await switchTo(page, 'manager', 'es');
    // A lesson only the manager edition has, in Spanish, in the course and in the inspector.
    await expect.poll(() => page.locator('#pv-jump').textContent(), { timeout: 30_000 }).toContain('Tu deber como responsable de equipo');
    expect(await frame.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#pv-course').textContent()).toContain('manager · es');
    // This learner is new: the manager package has not seen the employee's progress.
    expect(await page.locator('#pv-location').textContent()).not.toBe('welcome');

    frame = await switchTo(page, 'employee', 'en');
    await expect.poll(() => page.locator('#pv-location').textContent(), { timeout: 5000 }).toBe('welcome');
    // The learner is taken back to that lesson, shown once its script has loaded (on demand).
    await expect.poll(() => frame.locator('#lesson-welcome').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(problems).toEqual([]);
  }, 180_000);

  // The same inspector for every package the preview plays: the learner's state is read from the
  // LMS's suspend_data (SCORM 1.2) or from the player's state document in the preview LRS (xAPI, cmi5).
  it.each([
    { target: 'scorm12', launched: /build=/, relaunched: /jump=/ },
    { target: 'xapi', launched: /endpoint=/, relaunched: /endpoint=/ },
    { target: 'cmi5', launched: /fetch=/, relaunched: /fetch=/ },
  ])("shows the scenario's variables and node as the learner plays, and jumps to a node ($target)", async ({ target, launched, relaunched }) => {
    const page = await (await newContext(browser)).newPage();
    const problems: string[] = [];
    // A state document or profile not written yet is a 404, as on any LRS.
    watchForProblems(page, problems, { allowResponse: (status, url) => status === 404 && /\/__preview\/lrs\/(activities\/state|agents\/profile)/.test(url) });
    await page.goto(preview.url);
    await courseFrame(page);
    try {
      if (target !== 'scorm12') {
        await page.locator('#pv-target').selectOption(target);
        await expect.poll(() => page.frames().some((f) => launched.test(f.url())), { timeout: 30_000 }).toBe(true);
        // The session is open (the course has read the learner's state) before the learner moves.
        await expect.poll(() => page.locator('#pv-statements tr[data-verb="initialized"]').count(), { timeout: 10_000 }).toBe(1);
      }
      const frame = await courseFrame(page);
      // The jump list is filled from the player's lesson menu once the course has started.
      await page.locator('#pv-jump option', { hasText: 'The break-room comment' }).waitFor({ state: 'attached' });
      const lessons = await page.locator('#pv-jump option').allTextContents();
      await page.locator('#pv-jump').selectOption({ index: lessons.findIndex((title) => title.includes('The break-room comment')) });
      const scenario = page.locator('section[data-scenario="break-room"]');
      await expect.poll(() => scenario.locator('.pv-scenario-node').textContent(), { timeout: 10_000 }).toContain('At node: intro');
      expect(await scenario.textContent()).toMatch(/Team trust50/);
      await expect.poll(() => frame.locator('#lesson-break-room-comment').isVisible(), { timeout: 10_000 }).toBe(true);
      await frame.locator('[data-cw-choice="name-it"]').click();
      await expect.poll(() => scenario.locator('.pv-scenario-node').textContent(), { timeout: 10_000 }).toContain('At node: lee-reacts');
      expect(await scenario.textContent()).toMatch(/Team trust55.*Priya feels safe65/s);
      expect(await scenario.textContent()).toContain('(hidden)');

      await scenario.locator('select').selectOption('good-end');
      await scenario.getByRole('button', { name: 'Go' }).click();
      // The course is launched again, at the ending, on the scenario's lesson (the bookmark).
      const course = (): Frame | undefined => page.frames().find((f) => relaunched.test(f.url()));
      await expect.poll(async () => (await course()?.locator('#lesson-break-room-comment').textContent()) ?? '', { timeout: 30_000 }).toContain('Priya felt backed up');
      await expect.poll(async () => (await course()?.locator('#lesson-break-room-comment').isVisible()) ?? false, { timeout: 10_000 }).toBe(true);
      await expect.poll(() => page.locator('section[data-scenario="break-room"] .pv-scenario-node').textContent(), { timeout: 10_000 }).toContain('At node: good-end');
      if (target === 'scorm12') expect(await page.locator('#pv-location').textContent()).toBe('break-room-comment');
      expect(problems).toEqual([]);
    } finally {
      if (target !== 'scorm12') {
        await page.locator('#pv-target').selectOption('scorm12');
        await expect.poll(() => page.locator('#pv-inspector-title').textContent(), { timeout: 10_000 }).toContain('SCORM 1.2');
      }
    }
  }, 180_000);

  it('answers byte ranges of package files, as video seeking asks for them', async () => {
    const get = (path: string, range?: string): Promise<Response> => fetch(new URL(path, preview.url), range ? { headers: { range } } : {});
    for (const path of ['/course/media/break-room.svg', '/course/index.html']) {
      const whole = Buffer.from(await (await get(path)).arrayBuffer());
      const first = await get(path, 'bytes=0-9');
      expect({ path, status: first.status, range: first.headers.get('content-range') }).toEqual({ path, status: 206, range: `bytes 0-9/${whole.length}` });
      expect(Buffer.from(await first.arrayBuffer())).toEqual(whole.subarray(0, 10));
      const middle = await get(path, 'bytes=100-');
      expect(Buffer.from(await middle.arrayBuffer())).toEqual(whole.subarray(100));
      const last = await get(path, 'bytes=-5');
      expect(Buffer.from(await last.arrayBuffer())).toEqual(whole.subarray(-5));
      const outside = await get(path, `bytes=${whole.length}-`);
      expect({ status: outside.status, range: outside.headers.get('content-range') }).toEqual({ status: 416, range: `bytes */${whole.length}` });
      expect((await get(path)).headers.get('accept-ranges')).toBe('bytes');
    }
  });
});
