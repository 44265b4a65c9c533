/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { isNoSavedStateYet, startTestLrs, type TestLrs } from '../support/lrs.js';
import { verbNames, xapiLaunchUrl } from '../support/lrs-launch.js';
import { lessonShown } from '../support/play-course.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';

// The code that writes answers as statements is a feature script of its own
// (assets/features/xapi-answers.js): the first screen does without it; the first answer, or the
// prefetch once the learner is reading, loads it.
let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(() => lrs?.close());

const env = useCourseInBrowser(runtimeTestCourse, {
  target: 'xapi',
  allowResponse: (status, url) => isNoSavedStateYet(lrs, status, url),
  allowWarnings: /not confirmed by the learning system|xapi-answers\.js could not be loaded/,
});

const featureScript = '/assets/features/xapi-answers.js';
const ofRegistration = async (registration: string) =>
  (await lrs.statements()).filter((s) => (s.context as { registration?: string } | undefined)?.registration === registration);
const saveStatus = (page: Page) => page.locator('#cw-save-status');

/**
 * Opens the course as an LRS launch link would, recording the package's requests (paths), and
 * waits for the first save. `firstScreen` gives those made in the page's first 2.5 s, before any
 * prefetch (it waits 3 s), however slow the machine.
 */
async function launch(page: Page, registration: string): Promise<{ urls: string[]; firstScreen(): Promise<string[]> }> {
  const urls: string[] = [];
  const times: number[] = [];
  page.on('request', (request) => {
    urls.push(new URL(request.url()).pathname);
    times.push(Date.now());
  });
  await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
  await expect.poll(() => saveStatus(page).getAttribute('data-status'), { timeout: 5000 }).toBe('saved');
  const firstScreen = async (): Promise<string[]> => {
    const started = await page.evaluate(() => performance.timeOrigin);
    await page.waitForTimeout(Math.max(0, started + 2500 - Date.now()));
    return urls.filter((_url, i) => times[i]! < started + 2500);
  };
  return { urls, firstScreen };
}

/** Goes on to lesson 2 and answers its check; `beforeCheck` runs once the answer is chosen. */
async function answer(page: Page, beforeCheck?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await lessonShown(page.mainFrame(), 1);
  await page.getByRole('radio', { name: "Jokes at one person's expense" }).check();
  await beforeCheck?.();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
}

describe('the code that writes xAPI answers', () => {
  it('is not on the first screen; an answer asks for it, and while it cannot load the answer waits, the learner told it is not saved', async () => {
    const registration = randomUUID();
    const page = await env.newPage();
    let reachable = false;
    await page.route(`**${featureScript}`, (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
    const { urls, firstScreen } = await launch(page, registration);
    expect((await firstScreen()).filter((url) => url.endsWith('.js'))).toEqual(['/assets/coursewright.js']);

    const asked = (): number => urls.filter((url) => url === featureScript).length;
    let askedBefore = 0;
    let answeredAt = 0;
    await answer(page, async () => {
      // The learner moving on started the prefetch, whose try failed: the answer asks again.
      await expect.poll(asked).toBeGreaterThan(0);
      askedBefore = asked();
      answeredAt = Date.now();
    });
    await expect.poll(asked).toBeGreaterThan(askedBefore);
    await expect.poll(() => saveStatus(page).getAttribute('data-status')).toBe('unsaved');
    expect(await saveStatus(page).textContent()).toContain('Not saved yet');
    expect(verbNames(await ofRegistration(registration))).not.toContain('answered');

    // The package can be reached again: the next try loads the code and sends the answer, as given.
    reachable = true;
    await expect.poll(() => saveStatus(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('saved');
    const answered = (await ofRegistration(registration)).find((s) => verbNames([s])[0] === 'answered');
    expect(answered).toMatchObject({ result: { response: 'jokes-at-one-persons-expense', success: true } });
    expect(lrs.validate(answered ?? {})).toEqual([]);
    expect(Math.abs(Date.parse(String(answered?.timestamp)) - answeredAt)).toBeLessThan(5000);
  });

  it('is prefetched once the learner is reading, so answers are sent when the package can no longer be reached', async () => {
    const registration = randomUUID();
    const page = await env.newPage();
    const { urls } = await launch(page, registration);
    await expect.poll(() => urls.includes(featureScript), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => ['/assets/lessons/2.js', '/assets/lessons/3.js'].every((url) => urls.includes(url)), { timeout: 20_000 }).toBe(true);
    // The prefetch goes on, one file at a time, each when the browser is idle (at the latest 2 s
    // apart): it is done with the last lesson's script and once the package has been asked for
    // nothing new for longer than that (the code of the blocks comes alongside).
    let asked = -1;
    await expect
      .poll(() => {
        const now = urls.filter((url) => !url.startsWith('/xapi/')).length;
        const settled = now === asked;
        asked = now;
        return settled;
      }, { interval: 2500, timeout: 30_000 })
      .toBe(true);
    // From now on, nothing of the package can be fetched (the LRS still answers).
    const packageOrigin = new URL(env.launchUrl()).origin;
    await page.route((url) => url.origin === packageOrigin, (route) => route.abort('internetdisconnected'));
    const before = urls.length;

    await answer(page);
    await expect.poll(async () => verbNames(await ofRegistration(registration))).toContain('answered');
    await expect.poll(() => saveStatus(page).getAttribute('data-status')).toBe('saved');
    expect(urls.slice(before).filter((url) => !url.startsWith('/xapi/'))).toEqual([]);
  });
});
