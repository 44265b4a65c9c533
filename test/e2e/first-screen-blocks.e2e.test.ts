/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { firstLaunchData, openInLms } from '../support/scorm12-lms.js';
import { startStaticServer } from '../support/static-server.js';

// The first lesson is long, as real lessons are: its graded check comes after several screens of
// text, so no click on the first screen needs its code. Lesson 2 starts with a reflection.
const paragraph = (n: number): string =>
  `Paragraph ${n} of the lesson. A colleague makes a joke about a patient at the handover, and the team laughs; ` +
  'the night nurse says nothing, and later wonders whether speaking up would have changed anything for the patient or for the team.';
const course: Record<string, string> = {
  'course.yml': 'id: far-blocks\ntitle: Far blocks\nversion: "1"\ncompletion: [all-lessons, checks]\nlessons: [lessons/one.md, lessons/two.md]\n',
  'lessons/one.md': [
    '---', 'title: One', '---',
    ...Array.from({ length: 30 }, (_, i) => `${paragraph(i + 1)}\n`),
    ':::check{#q-far graded}', 'Should the night nurse have spoken up?', '', '- [x] Yes', '- [ ] No', ':::', '',
  ].join('\n'),
  'lessons/two.md': ['---', 'title: Two', '---', ':::reflection{#r-two}', 'What would you have said?', ':::', ''].join('\n'),
};

const env = useCourseInBrowser(course);

/** The block chunks requested so far, by kind. */
const chunksRequested = (urls: readonly string[]): string[] =>
  urls.map((url) => /\/assets\/blocks\/([a-z-]+)\.js$/.exec(url)?.[1]).filter((kind): kind is string => kind !== undefined);
/** The block stylesheets requested so far, by kind. */
const stylesRequested = (urls: readonly string[]): string[] =>
  urls.map((url) => /\/assets\/blocks\/([a-z-]+)\.css$/.exec(url)?.[1]).filter((kind): kind is string => kind !== undefined);
/** How the check's options are laid out: `grid` once its kind's styles are in the page. */
const optionsDisplay = (frame: Frame): Promise<string> =>
  frame.locator('[data-cw-block="q-far"] .cw-check__options').evaluate((list) => getComputedStyle(list).display);

/** Answers the far check, right, and waits for its feedback. */
async function answer(frame: Frame): Promise<void> {
  const check = frame.locator('[data-cw-block="q-far"]');
  await check.getByRole('radio', { name: 'Yes' }).check();
  await check.getByRole('button', { name: 'Check', exact: true }).click();
  await expect.poll(() => check.getByRole('status').textContent()).toContain('Correct');
}

describe('the code of a block below the first screen', () => {
  it('is not on the first page, nor are its styles: both are loaded as the learner scrolls near the block, and the answer reaches the LMS', async () => {
    const page = await env.newPage();
    const urls: string[] = [];
    const asked: { url: string; at: number }[] = [];
    page.on('request', (request) => {
      urls.push(request.url());
      asked.push({ url: request.url(), at: Date.now() });
    });
    // The check's code and styles are held back until the learner scrolls to it: on a slow
    // machine the idle prefetch may ask for them while this test still looks at the first screen.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/blocks\/check\.(js|css)$/, async (route) => {
      await released;
      await route.continue();
    });
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    const check = frame.locator('[data-cw-block="q-far"]');
    // The first screen, what the course asks for in its first 2.5 s (the prefetch waits 3 s): the
    // page, the stylesheet and the core script only; the check waits, unseen (its controls would
    // do nothing yet, and its styles are not in the page).
    await frame.locator('#cw-data').waitFor({ state: 'attached' });
    const started = await frame.evaluate(() => performance.timeOrigin);
    await page.waitForTimeout(Math.max(0, started + 2500 - Date.now()));
    const firstScreen = asked.filter(({ at }) => at < started + 2500).map(({ url }) => url);
    expect(chunksRequested(firstScreen)).toEqual([]);
    expect(stylesRequested(firstScreen)).toEqual([]);
    expect(await check.getAttribute('data-cw-mounted')).toBeNull();
    expect(await check.getAttribute('data-cw-loading')).toBe('');
    expect(await check.isVisible()).toBe(false);
    expect(await optionsDisplay(frame)).not.toBe('grid');
    const core = urls.filter((url) => url.endsWith('/assets/coursewright.js'));
    expect(core).toHaveLength(1);

    // Where the learner scrolls to it.
    await check.evaluate((element) => element.scrollIntoView());
    release();
    await frame.locator('[data-cw-block="q-far"][data-cw-mounted]').waitFor();
    expect(chunksRequested(urls)).toContain('check');
    expect(stylesRequested(urls)).toContain('check');
    expect(await check.isVisible()).toBe(true);
    expect(await optionsDisplay(frame)).toBe('grid');
    await answer(frame);
    expect(Object.values((await lms.cmi()).interactions).map((interaction) => [interaction.id, interaction.result])).toEqual([['q-far', 'correct']]);
    expect(await lms.errors()).toEqual([]);
  });

  it('is prefetched once the learner is reading, so the block works after the network is gone', async () => {
    const page = await env.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    // Asked for is not yet loaded: the network goes once each response has arrived whole.
    const loaded: string[] = [];
    page.on('requestfinished', (request) => loaded.push(request.url()));
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    // The learner stays on the first screen: the idle prefetch brings the code and mounts the check.
    await frame.locator('[data-cw-block="q-far"][data-cw-mounted]').waitFor({ timeout: 15_000 });
    await expect.poll(() => chunksRequested(loaded).sort(), { timeout: 15_000 }).toEqual(['check', 'reflection']);
    await expect.poll(() => stylesRequested(loaded).sort(), { timeout: 15_000 }).toEqual(['check', 'reflection']);
    await expect.poll(() => loaded.some((url) => url.endsWith('/assets/lessons/2.js')), { timeout: 15_000 }).toBe(true);
    await page.context().setOffline(true);
    const before = urls.length;

    await frame.locator('[data-cw-block="q-far"]').scrollIntoViewIfNeeded();
    expect(await optionsDisplay(frame)).toBe('grid');
    await answer(frame);
    await frame.getByRole('button', { name: 'Next' }).click();
    expect(await visibleLessons(frame)).toEqual(['lesson-two']);
    await frame.getByRole('textbox', { name: 'Your reflection' }).fill('That it was not funny.');
    // Nothing was asked of the network: the LMS is the page around the course.
    expect(urls.length).toBe(before);
    // Saved 0.6 s after the change, to the LMS around the course.
    await expect.poll(async () => Object.values((await lms.cmi()).interactions).map((interaction) => interaction.id), { timeout: 5000 }).toEqual(['q-far']);
    await expect.poll(async () => (await lms.cmi()).core.lesson_location, { timeout: 5000 }).toBe('two');
    await page.context().setOffline(false);
  });

  it('is loaded as soon as a keyboard learner enters the course, so tabbing down the page reaches the block instead of passing it hidden', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await frame.getByRole('link', { name: 'Skip to lesson content' }).waitFor({ state: 'attached' });
    // Well before the prefetch's delay (3 s), the learner tabs in at the top of the course and on,
    // at a brisk person's pace, until past the lesson.
    await frame.getByRole('link', { name: 'Skip to lesson content' }).focus();
    await page.waitForTimeout(500);
    const reached: string[] = [];
    for (let tab = 0; tab < 8 && !reached.includes('Next'); tab++) {
      await page.waitForTimeout(150);
      await page.keyboard.press('Tab');
      reached.push(await frame.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached.indexOf('Yes')).toBeGreaterThan(-1);
    expect(reached.indexOf('Yes')).toBeLessThan(reached.indexOf('Next'));
    expect(await lms.errors()).toEqual([]);
  });

  it("is loaded half a screen before the learner reaches it in an LMS whose page is on another site than the course's frame", async () => {
    // Many LMSs serve content from a domain of its own or a CDN: the course's frame (and the frame
    // with the LMS's API around it) is then of another origin than the LMS page on top, where a
    // browser applies no margin to what the course watches unless the course's own page is the root.
    const work = await mkdtemp(join(tmpdir(), 'cw-lms-top-'));
    const lmsUrl = env.server.url('__lms/scorm12.html');
    await writeFile(join(work, 'top.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title><style>body{margin:0}</style></head><body><iframe id="player" title="Course player" src="${lmsUrl}" style="display:block;border:0;width:100%;height:100vh"></iframe></body></html>`);
    const top = await startStaticServer(work);
    onTestFinished(async () => {
      await top.close();
      await rm(work, { recursive: true, force: true });
    });
    expect(new URL(top.origin).port).not.toBe(new URL(env.server.origin).port);
    const page = await env.newPage();
    // Only nearness may ask for the check's code here: timers of 3 s or more (the course's
    // prefetch waits 3 s) never fire in this page, and the learner presses no key.
    await page.addInitScript(() => {
      const later = window.setTimeout.bind(window);
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => ((ms ?? 0) >= 3000 ? 0 : later(handler, ms, ...rest))) as typeof window.setTimeout;
    });
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await page.goto(top.url('top.html'));
    const lms = await (await page.waitForSelector('iframe#player')).contentFrame();
    if (!lms) throw new Error('the LMS frame did not open');
    await lms.waitForFunction(() => 'cwLms' in window);
    await lms.evaluate(({ url, data }) => (window as unknown as { cwLms: { launch(url: string, data: unknown): void } }).cwLms.launch(url, data), { url: env.launchUrl(), data: firstLaunchData('scorm12') });
    const frame = await (await lms.waitForSelector('iframe#course')).contentFrame();
    if (!frame) throw new Error('the course frame did not open');
    const check = frame.locator('[data-cw-block="q-far"]');
    await check.waitFor({ state: 'attached' });
    await frame.locator('#cw-data').waitFor({ state: 'attached' });
    expect(chunksRequested(asked)).toEqual([]);

    // The learner reads on until the check is a quarter of a screen below what they see.
    const below = await check.evaluate((element) => {
      const screen = window.innerHeight;
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - screen * 1.25);
      return (element.getBoundingClientRect().top - screen) / screen;
    });
    expect(below).toBeGreaterThan(0.2);
    expect(below).toBeLessThan(0.3);
    await expect.poll(() => chunksRequested(asked), { timeout: 5000 }).toEqual(['check']);
    await frame.locator('[data-cw-block="q-far"][data-cw-mounted]').waitFor();
    expect(await check.evaluate((element) => element.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  });

  it('is styled without JavaScript too: the page links its kind\u2019s stylesheet in <noscript>', async () => {
    const page = await env.newPage(undefined, { javaScriptEnabled: false });
    await page.goto(env.launchUrl(), { waitUntil: 'networkidle' });
    expect(await optionsDisplay(page.mainFrame())).toBe('grid');
    expect(await page.locator('[data-cw-block="q-far"]').isVisible()).toBe(true);
  });
});
