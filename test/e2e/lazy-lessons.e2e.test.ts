/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Frame, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { lessonRegistryName } from '../../src/model/page-globals.js';
import { menuMarks, useCourseInBrowser, visibleLessons, watchForProblems, type CourseInBrowser } from '../support/course-in-browser.js';
import { cspViolations, recordCspViolations } from '../support/csp-violations.js';
import { expectCleanSession, setValues } from '../support/lms-checks.js';
import { openInLms, type LmsSession } from '../support/scorm12-lms.js';
import { auditWcag, injectAxe } from '../support/page-audits.js';

// Lessons after the first are scripts of their own (assets/lessons/<n>.js): a course of 40 lessons
// must open as fast as one of 2. Every lesson has a graded check; lessons 2 and 30 show a picture.
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 10, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const pictured = new Set([2, 30]);

function lesson(n: number, checked: boolean): string {
  return [
    '---', `title: Part ${n}`, '---', `Text of part ${n}.`, '',
    ...(pictured.has(n) ? [`![The ward in part ${n}](../media/ward-${n}.png)`, ''] : []),
    ...(checked ? [`:::check{#q-${n} graded}`, `Question of part ${n}?`, '', '- [x] Right', '- [ ] Wrong', ':::', ''] : []),
  ].join('\n');
}

/** A course of `count` lessons, a graded check in each one `checked` says (default: every one). */
function courseOf(count: number, checked: (n: number) => boolean = () => true): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (let n = 1; n <= count; n++) files[`lessons/l${n}.md`] = lesson(n, checked(n));
  for (const n of pictured) if (n <= count) files[`media/ward-${n}.png`] = png;
  const list = Array.from({ length: count }, (_, i) => `lessons/l${i + 1}.md`).join(', ');
  return { 'course.yml': `id: lazy-${count}\ntitle: Lazy ${count}\nversion: "1"\ncompletion: [all-lessons, checks]\nlessons: [${list}]\n`, ...files };
}

const few = useCourseInBrowser(courseOf(2));
const many = useCourseInBrowser(courseOf(40));

/**
 * How long the 38 later lessons of `many` may take to be prefetched: one at a time, each once the
 * browser is idle or after 2 s at the latest (after-idle.ts), so up to some 80 s on a machine too
 * busy ever to be idle; the tests that wait for all of them get that much more time too.
 */
const allPrefetchedMs = 120_000;

/** The lesson scripts requested so far, by lesson number. */
const lessonsRequested = (urls: readonly string[]): number[] =>
  urls.map((url) => /\/assets\/lessons\/(\d+)\.js$/.exec(url)?.[1]).filter((n): n is string => n !== undefined).map(Number);

/** How many lesson scripts the page has loaded (each registers itself), not only asked for. */
const lessonsLoaded = (page: Page): Promise<number> => page.evaluate((name) => Object.keys((window as unknown as Record<string, object | undefined>)[name] ?? {}).length, lessonRegistryName);

/** Answers the graded check of part `n`, right. */
async function answer(frame: Frame, n: number): Promise<void> {
  await frame.locator(`[data-cw-block="q-${n}"][data-cw-mounted]`).waitFor();
  const check = frame.locator(`[data-cw-block="q-${n}"]`);
  await check.getByRole('radio', { name: 'Right' }).check();
  await check.getByRole('button', { name: 'Check', exact: true }).click();
  await expect.poll(() => check.getByRole('status').textContent()).toContain('Correct');
}

/**
 * Opens a package's first page until the network settles (before the idle prefetch): the requests
 * made (package paths) and the gzip bytes of its HTML, scripts and stylesheets together.
 */
async function firstPage(page: Page, url: string): Promise<{ requests: string[]; bytes: number }> {
  const requests: string[] = [];
  const responses: Response[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname.replace(/^.*?\/(index\.html|assets\/|media\/)/, '$1')));
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-cw-block="q-1"][data-cw-mounted]').waitFor();
  const seen = requests.slice();
  let bytes = 0;
  for (const response of responses.slice(0, seen.length)) {
    if (['document', 'script', 'stylesheet'].includes(response.request().resourceType())) bytes += gzipSync(await response.body(), { level: 9 }).length;
  }
  return { requests: seen, bytes };
}

/**
 * Opens `course` in the test LMS, in a context of its own (the console error a failed load causes
 * is expected there), the network failing `path` (in the package) until `letThrough()`.
 */
async function openWithFailing(course: CourseInBrowser, path: string) {
  const context = await course.browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  watchForProblems(page, problems, { allowResponse: () => false });
  let reachable = false;
  await page.route(`**/${path}`, (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  const lms = await openInLms(page, { kind: 'scorm12', courseUrl: course.launchUrl() });
  return { context, problems, lms, frame: lms.course, letThrough: () => void (reachable = true) };
}

/**
 * Presses Exit in `lms`'s course and, once the LMS has it all, launches the course again from what
 * the LMS kept, in a new page (the last one's idle prefetch no part of it) whose requests `urls`
 * then lists alone. Returns what the LMS received and the new session.
 */
async function exitAndRelaunch(course: CourseInBrowser, lms: LmsSession, urls: string[], problems: string[]) {
  await lms.course.getByRole('button', { name: 'Exit' }).click();
  await expect.poll(() => lms.course.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
  const calls = await expectCleanSession(lms);
  const cmi = await lms.cmi();
  const kept = await lms.keptData();
  const next = await lms.page.context().newPage();
  watchForProblems(next, problems);
  await lms.page.close();
  urls.length = 0;
  next.on('request', (request) => urls.push(request.url()));
  const again = await openInLms(next, { kind: 'scorm12', courseUrl: course.launchUrl(), initialData: kept });
  return { calls, cmi, again };
}

describe('a course of many lessons, each loaded when the learner needs it', () => {
  it('opens with the same few requests as a course of 2 lessons, and about the same bytes: what grows is the lessons\u2019 titles and saved-state layout', async () => {
    const small = await firstPage(await few.newPage(), few.launchUrl());
    const large = await firstPage(await many.newPage(), many.launchUrl());
    expect(small.requests).toEqual(['index.html', 'assets/coursewright.css', 'assets/coursewright.js']);
    expect(large.requests).toEqual(small.requests);
    expect(large.bytes).toBeLessThanOrEqual(30 * 1024);
    // 38 more lessons: each adds its id and title, and its block's outline packed with its
    // saved-state tag, to the page's data: about 13 bytes gzip (the tag does not compress; the
    // lesson's own tag is computed from its id, not sent).
    expect(large.bytes - small.bytes).toBeLessThanOrEqual(38 * 16);
    // The 40 lessons' text is in their own scripts.
    expect(many.pkg.entries.filter((entry) => /^assets\/lessons\/\d+\.js$/.test(entry))).toHaveLength(39);
  });

  it('shows a later lesson when the learner opens it, its picture only then, its check works and reports to the LMS, and opens there next time', async () => {
    const page = await many.newPage();
    const problems: string[] = [];
    await recordCspViolations(page);
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    const pictures = (): string[] => urls.filter((url) => url.includes('/media/')).map((url) => url.replace(/^.*\/media\//, ''));
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: many.launchUrl() });
    const frame = lms.course;
    // Nothing of the later lessons before the learner moves (the first screen has the network to
    // itself); their scripts, from the next one on, once the learner answers (see
    // prefetch-on-first-key.e2e.test.ts), but no picture of theirs.
    await frame.locator('[data-cw-block="q-1"][data-cw-mounted]').waitFor();
    expect(lessonsRequested(urls)).toEqual([]);
    await answer(frame, 1);
    expect(pictures()).toEqual([]);

    await frame.getByRole('button', { name: 'Next' }).click();
    expect(await visibleLessons(frame)).toEqual(['lesson-l2']);
    await expect.poll(() => frame.getByRole('img', { name: 'The ward in part 2' }).isVisible()).toBe(true);
    expect(lessonsRequested(urls)[0]).toBe(2);
    // Polled: the browser's report of a request can reach the test after the picture shows.
    await expect.poll(() => pictures()).toEqual(['ward-2.png']);
    await answer(frame, 2);
    // Lesson 30's script is fetched in the background; its picture waits until the lesson is shown.
    await expect.poll(() => lessonsRequested(urls), { timeout: 30_000 }).toContain(30);
    expect(pictures()).toEqual(['ward-2.png']);

    // From the menu, straight to a lesson far away.
    await frame.locator('#cw-menu-toggle').click();
    await frame.locator('.cw-menu-link[data-lesson="29"]').click();
    expect(await visibleLessons(frame)).toEqual(['lesson-l30']);
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id)).toBe('lesson-l30-title');
    await answer(frame, 30);
    expect(await frame.locator('#cw-progress-text').textContent()).toBe('Lesson 30 of 40 · 6 of 80 activities done');
    expect(await menuMarks(frame).then((marks) => marks.slice(0, 3))).toEqual(['complete', 'complete', 'new']);

    expect(await cspViolations(frame)).toEqual([]);

    // Launched again, the course opens at lesson 30, loading that lesson first.
    const { calls, cmi, again } = await exitAndRelaunch(many, lms, urls, problems);
    expect(cmi.core).toMatchObject({ lesson_location: 'l30', lesson_status: 'incomplete' });
    expect(Object.values(cmi.interactions).map((interaction) => interaction.id)).toEqual(['q-1', 'q-2', 'q-30']);
    expect(Object.values(cmi.interactions).map((interaction) => interaction.result)).toEqual(['correct', 'correct', 'correct']);
    expect(setValues(calls, 'cmi.core.lesson_status')).toEqual(['incomplete']);
    expect(await visibleLessons(again.course)).toEqual(['lesson-l30']);
    await again.course.locator('[data-cw-block="q-30"][data-cw-mounted]').waitFor();
    expect(lessonsRequested(urls)).toEqual([30]);
    // Its answer is back, and lesson 2 too when opened.
    expect(await again.course.locator('[data-cw-block="q-30"]').getByRole('radio', { name: 'Right' }).isChecked()).toBe(true);
    await again.course.locator('#cw-menu-toggle').click();
    await again.course.locator('.cw-menu-link[data-lesson="1"]').click();
    await again.course.locator('[data-cw-block="q-2"][data-cw-mounted]').waitFor();
    expect(await again.course.locator('[data-cw-block="q-2"]').getByRole('radio', { name: 'Right' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('says so when a lesson cannot load, offers to try again, and records nothing about it until it is shown', async () => {
    // The network fails lesson 3 until the test lets it through: the prefetch, started by the
    // learner's first click, may ask for it first and fail too, and leaves it to the learner.
    const { context, problems, lms, frame, letThrough } = await openWithFailing(many, 'assets/lessons/3.js');
    await frame.getByRole('button', { name: 'Next' }).click();
    await answer(frame, 2);
    // The player saves 0.6 s after a change: lesson 2 is the bookmark before the learner goes on.
    await expect.poll(async () => (await lms.cmi()).core.lesson_location, { timeout: 5000 }).toBe('l2');
    await frame.getByRole('button', { name: 'Next' }).click();
    const alert = frame.locator('#lesson-l3').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('This lesson could not be loaded. Check your connection and try again.');
    expect(await visibleLessons(frame)).toEqual(['lesson-l3']);
    // Not bookmarked, not visited: once nothing is left to save, the LMS still has the learner in lesson 2.
    await expect.poll(() => frame.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('saved');
    expect((await lms.cmi()).core).toMatchObject({ lesson_location: 'l2', lesson_status: 'incomplete' });
    expect((await menuMarks(frame)).slice(0, 4)).toEqual(['visited', 'complete', 'new', 'new']);
    expect(await frame.locator('#cw-progress-text').textContent()).toBe('Lesson 3 of 40 · 3 of 80 activities done');

    letThrough();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await frame.locator('[data-cw-block="q-3"][data-cw-mounted]').waitFor();
    expect(await alert.count()).toBe(0);
    await answer(frame, 3);
    await expect.poll(async () => (await lms.cmi()).core.lesson_location, { timeout: 5000 }).toBe('l3');
    expect((await lms.cmi()).core).toMatchObject({ lesson_location: 'l3', lesson_status: 'incomplete' });
    await expect.poll(async () => Object.values((await lms.cmi()).interactions).map((interaction) => interaction.id), { timeout: 5000 }).toEqual(['q-2', 'q-3']);
    // Back and forth works as ever.
    await frame.getByRole('button', { name: 'Previous' }).click();
    expect(await visibleLessons(frame)).toEqual(['lesson-l2']);
    expect(await lms.errors()).toEqual([]);
    expect(problems.filter((problem) => !problem.includes('lesson 3'))).toEqual([]);
    await context.close();
  });

  it('prefetches the lessons when the learner is reading, so they open offline', async () => {
    const page = await many.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(many.launchUrl());
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('[data-cw-block="q-2"][data-cw-mounted]').waitFor();
    // After the first screen, one script at a time, the lessons after the one shown first.
    await expect.poll(() => lessonsRequested(urls).length, { timeout: allPrefetchedMs }).toBe(39);
    expect(lessonsRequested(urls).slice(0, 3)).toEqual([2, 3, 4]);
    // Asked for is not yet loaded: offline before the last script arrived, that lesson would not open.
    await expect.poll(() => lessonsLoaded(page), { timeout: 10_000 }).toBe(39);
    await page.context().setOffline(true);
    for (const n of [3, 4, 17, 40]) {
      await page.locator('#cw-menu-toggle').click();
      await page.locator(`.cw-menu-link[data-lesson="${n - 1}"]`).click();
      expect(await visibleLessons(page.mainFrame())).toEqual([`lesson-l${n}`]);
      await answer(page.mainFrame(), n);
    }
    await page.context().setOffline(false);
  }, allPrefetchedMs + 30_000);

  it('says nothing of a lesson its background fetch could not load, fetches the others, and loads that one when the learner opens it', async () => {
    const context = await many.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    watchForProblems(page, problems);
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    let reachable = false;
    await page.route('**/assets/lessons/5.js', (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
    await page.goto(many.launchUrl());
    await page.locator('[data-cw-block="q-1"][data-cw-mounted]').waitFor();
    // The learner's first key starts the prefetch: every later lesson is asked for, lesson 5 in vain.
    await page.keyboard.press('Tab');
    await expect.poll(() => lessonsRequested(urls).length, { timeout: allPrefetchedMs }).toBe(39);
    await expect.poll(() => lessonsLoaded(page)).toBe(38);
    expect(problems).toEqual([]);
    // Opened, it is asked for again, and shows.
    reachable = true;
    await page.locator('#cw-menu-toggle').click();
    await page.locator('.cw-menu-link[data-lesson="4"]').click();
    await page.locator('[data-cw-block="q-5"][data-cw-mounted]').waitFor();
    expect(lessonsRequested(urls).filter((n) => n === 5)).toHaveLength(2);
    expect(problems).toEqual([]);
    await context.close();
  }, allPrefetchedMs + 30_000);
});

// 300 lessons, graded checks in 1, 2 and 120 (all of SCORM 1.2's saved state holds): the outline
// of the lessons after the first is past what the page keeps (laterOutlineLimit), so it is a file
// of its own, assets/lessons/outline.js.
// Its first lesson links to lesson 250, which the page does not know; lessons 1 and 120 say how long they take.
const longCourse = courseOf(300, (n) => [1, 2, 120].includes(n));
const timed = (n: number): string => String(longCourse[`lessons/l${n}.md`]).replace('---\ntitle:', `---\nminutes: ${n === 1 ? 4 : 12}\ntitle:`);
const long = useCourseInBrowser({ ...longCourse, 'lessons/l1.md': `${timed(1)}\nRead on in [part 250](l250.md).\n`, 'lessons/l120.md': timed(120) });

/** Whether the later lessons' outline was requested among `urls`. */
const outlineRequested = (urls: readonly string[]): boolean => urls.some((url) => url.endsWith('/assets/lessons/outline.js'));

/** The long course opened with its later lessons' outline held back until `release`, its first lesson's check mounted. */
async function openHoldingOutline(): Promise<{ page: Page; release: () => void }> {
  const page = await long.newPage();
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/lessons/outline.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(long.launchUrl());
  await page.locator('[data-cw-block="q-1"][data-cw-mounted]').waitFor();
  return { page, release };
}

describe('a long course, whose first page knows only its first lesson', () => {
  it('opens with the requests and bytes of a course of 2 lessons: the other lessons\u2019 outline is not on the first page', async () => {
    const small = await firstPage(await few.newPage(), few.launchUrl());
    const large = await firstPage(await long.newPage(), long.launchUrl());
    expect(large.requests).toEqual(small.requests);
    // The same page but for the course's id and title, and the number of lessons.
    expect(Math.abs(large.bytes - small.bytes)).toBeLessThanOrEqual(64);
    expect(long.pkg.entries).toContain('assets/lessons/outline.js');
  });

  it('judges nothing before the outline came, then fills the menu and progress, goes anywhere, reports, and opens there next time', async () => {
    const page = await long.newPage();
    const problems: string[] = [];
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: long.launchUrl() });
    const frame = lms.course;
    await frame.locator('[data-cw-block="q-1"][data-cw-mounted]').waitFor();
    expect(outlineRequested(urls)).toBe(false);
    expect(await frame.locator('#cw-progress-text').textContent()).toBe('Lesson 1 of 300');
    await answer(frame, 1);
    // The learner's first move fetches the outline: progress counts every lesson's activities.
    await expect.poll(() => frame.locator('#cw-progress-text').textContent()).toBe('Lesson 1 of 300 · 2 of 303 activities done');
    expect(outlineRequested(urls)).toBe(true);
    await frame.locator('#cw-menu-toggle').click();
    expect(await frame.locator('.cw-menu-link').count()).toBe(300);
    // Each lesson's time, the first's from the page and the others' from the outline.
    expect(await frame.locator('.cw-menu-minutes').allTextContents()).toEqual(['4 min', '12 min']);
    expect(await frame.locator('.cw-menu-link[data-lesson="119"] .cw-menu-minutes').textContent()).toBe('12 min');
    await frame.locator('.cw-menu-link[data-lesson="119"]').click();
    expect(await visibleLessons(frame)).toEqual(['lesson-l120']);
    await answer(frame, 120);
    expect(await frame.locator('#cw-progress-text').textContent()).toBe('Lesson 120 of 300 · 4 of 303 activities done');
    // Launched again, the saved state is read against the whole course: the outline comes first.
    const { calls, cmi, again } = await exitAndRelaunch(long, lms, urls, problems);
    expect(cmi.core).toMatchObject({ lesson_location: 'l120', lesson_status: 'incomplete' });
    expect(Object.values(cmi.interactions).map((interaction) => interaction.id)).toEqual(['q-1', 'q-120']);
    expect(setValues(calls, 'cmi.core.lesson_status')).toEqual(['incomplete']);
    expect(await visibleLessons(again.course)).toEqual(['lesson-l120']);
    await again.course.locator('[data-cw-block="q-120"][data-cw-mounted]').waitFor();
    expect(outlineRequested(urls)).toBe(true);
    expect(await again.course.locator('[data-cw-block="q-120"]').getByRole('radio', { name: 'Right' }).isChecked()).toBe(true);
    expect(await again.course.locator('#cw-progress-text').textContent()).toBe('Lesson 120 of 300 · 4 of 303 activities done');
    // The menu lists every lesson, marked.
    await again.course.locator('#cw-menu-toggle').click();
    const marks = await menuMarks(again.course);
    expect([marks.length, marks[0], marks[1], marks[119]]).toEqual([300, 'complete', 'new', 'complete']);
    expect(await again.course.locator('#cw-menu').getByRole('status').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('says in the menu that the other lessons are loading until they come', async () => {
    const { page, release } = await openHoldingOutline();
    await page.locator('#cw-menu-toggle').click();
    const menu = page.locator('#cw-menu');
    await expect.poll(() => menu.getByRole('status').textContent()).toBe('Loading the other lessons\u2026');
    expect(await menu.locator('.cw-menu-link').count()).toBe(1);
    release();
    await expect.poll(() => menu.locator('.cw-menu-link').count()).toBe(300);
    expect(await menu.getByRole('status').count()).toBe(0);
  });

  it('says where the learner pressed Next that the next lesson is loading, until it comes', async () => {
    const { page, release } = await openHoldingOutline();
    await page.getByRole('button', { name: 'Next' }).click();
    const pager = page.locator('#cw-pager');
    await expect.poll(() => pager.getByRole('status').textContent()).toBe('Loading the lesson\u2026');
    expect(await visibleLessons(page.mainFrame())).toEqual(['lesson-l1']);
    await injectAxe(page);
    expect(await auditWcag(page)).toEqual([]);
    release();
    await expect.poll(() => visibleLessons(page.mainFrame())).toEqual(['lesson-l2']);
    expect(await pager.getByRole('status').count()).toBe(0);
  });

  it('opens a lesson the page does not know yet from a link in the text', async () => {
    const page = await long.newPage();
    await page.goto(long.launchUrl());
    await page.locator('[data-cw-block="q-1"][data-cw-mounted]').waitFor();
    await page.getByRole('link', { name: 'part 250' }).click();
    await expect.poll(() => visibleLessons(page.mainFrame())).toEqual(['lesson-l250']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lesson-l250-title');
    expect(await page.locator('#cw-progress-text').textContent()).toMatch(/^Lesson 250 of 300 · \d+ of 303 activities done$/);
    expect(new URL(page.url()).hash).toBe('');
  });

  it('says so when the outline cannot load, keeps what the learner did, and goes on once it can', async () => {
    const { context, problems, lms, frame, letThrough } = await openWithFailing(long, 'assets/lessons/outline.js');
    await answer(frame, 1);
    await frame.getByRole('button', { name: 'Next' }).click();
    const alert = frame.locator('[data-cw-notice="outline"]');
    await expect.poll(() => alert.textContent()).toContain('The rest of the lessons of this course could not be loaded. Check your connection and try again.');
    expect(await visibleLessons(frame)).toEqual(['lesson-l1']);
    // The learner pressed Next at the foot of the page: the way on is under their focus, and nothing still says it is loading.
    await expect.poll(() => frame.evaluate(() => document.activeElement?.textContent)).toBe('Try again');
    expect(await frame.locator('#cw-pager').getByRole('status').count()).toBe(0);
    await expect.poll(() => frame.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('saved');
    expect((await lms.cmi()).core).toMatchObject({ lesson_location: 'l1', lesson_status: 'incomplete' });

    letThrough();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await frame.locator('[data-cw-block="q-2"][data-cw-mounted]').waitFor();
    expect(await visibleLessons(frame)).toEqual(['lesson-l2']);
    expect(await alert.count()).toBe(0);
    await answer(frame, 2);
    await expect.poll(async () => Object.values((await lms.cmi()).interactions).map((interaction) => interaction.id), { timeout: 5000 }).toEqual(['q-1', 'q-2']);
    expect(await lms.errors()).toEqual([]);
    expect(problems.filter((problem) => !problem.includes('outline'))).toEqual([]);
    await context.close();
  });
});

describe('a web package of several lessons, from file://', () => {
  // Lesson 2 holds a captioned interview: from file:// its captions come from the cues the web
  // package embeds in the lesson's script (not in the first page), once the lesson is loaded.
  const files: Record<string, string | Uint8Array> = {
    ...courseOf(3),
    'lessons/l2.md': [
      '---', 'title: Part 2', '---',
      ':::interview{#sam speaker="Sam Lee" role="Charge nurse" video="../media/sam.mp4" captions="../media/sam.en.vtt" transcript="../media/sam.md"}',
      'Sam talks about nights.', ':::', '', ':::check{#q-2 graded}', 'Question of part 2?', '', '- [x] Right', '- [ ] Wrong', ':::', '',
    ].join('\n'),
    'media/sam.mp4': new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]),
    'media/sam.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
    'media/sam.md': 'Nights are long.\n',
  };
  let work = '';
  let folder = '';
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cw-lazy-web-'));
    const result = await compileCourse({ files, targets: ['web'], outDir: work });
    folder = result.artifacts[0]?.folder?.path ?? '';
    if (!folder) throw new Error(`the web package was not built: ${JSON.stringify(result.diagnostics)}`);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('loads each lesson from the folder as the learner goes, with its captions and working blocks, and opens there after a reload', async () => {
    const page = await few.newPage();
    await recordCspViolations(page);
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(pathToFileURL(join(folder, 'index.html')).href);
    await answer(page.mainFrame(), 1);
    await page.getByRole('button', { name: 'Next' }).click();
    const video = page.locator('.cw-interview video');
    await video.waitFor({ state: 'attached' });
    const tracks = await video.evaluate((element: HTMLVideoElement) => Array.from(element.textTracks).map((track) => ({ label: track.label, mode: track.mode, cues: track.cues?.length ?? 0 })));
    expect(tracks).toEqual([{ label: 'English', mode: 'showing', cues: 1 }]);
    // The <track> the browser cannot load from file:// was gone before it tried.
    expect(urls.filter((url) => url.endsWith('.vtt'))).toEqual([]);
    await answer(page.mainFrame(), 2);
    await page.reload();
    expect(await visibleLessons(page.mainFrame())).toEqual(['lesson-l2']);
    await page.locator('[data-cw-block="q-2"][data-cw-mounted]').waitFor();
    expect(await page.locator('[data-cw-block="q-2"]').getByRole('radio', { name: 'Right' }).isChecked()).toBe(true);
    expect(await cspViolations(page.mainFrame())).toEqual([]);
  });
});
