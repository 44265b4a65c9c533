/// <reference lib="dom" />
// Callbacks passed to page.evaluate and addInitScript run in the browser and use DOM types.
import { randomUUID } from 'node:crypto';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { isNoSavedStateYet, startTestLrs, type TestLrs } from '../support/lrs.js';
import { xapiLaunchUrl } from '../support/lrs-launch.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { openInLms } from '../support/scorm12-lms.js';

// What later clicks need (the next lessons' scripts, xAPI's answers script) is fetched in the
// background once the learner is reading: 3 s after the player started and then when the browser
// is idle, or at once when the learner first presses a key or moves focus. A learner who starts
// with the keyboard is past the first screen, and may be at the Next button, or offline, sooner.

/** What the learner and the course did in a page, by the page's clock (ms from `performance.timeOrigin`). */
interface Timeline {
  /**
   * A time the player's 3 s wait cannot have begun before: the core script had arrived and, in
   * xAPI, the LRS had answered the read of the learner's state, which the player awaits to start.
   */
  waitFrom: number;
  /** The learner's first key press or focus move in the page. */
  firstMove: number | undefined;
  /** When each package file after the core started to be requested, by path from `assets/`. */
  requested: Record<string, number>;
}

// Each page notes the learner's first key press or focus move, as the player sees it: in its window, on capture.
const noteFirstMove = (): void => {
  const record = window as unknown as { cwFirstMove?: number };
  const note = (event: Event): void => void (record.cwFirstMove ??= event.timeStamp);
  window.addEventListener('keydown', note, true);
  window.addEventListener('focusin', note, true);
};

const timeline = (frame: Frame): Promise<Timeline> =>
  frame.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const requested: Record<string, number> = {};
    for (const entry of entries) {
      const path = /\/assets\/(.+)$/.exec(new URL(entry.name).pathname)?.[1];
      if (path && path !== 'coursewright.js') requested[path] ??= entry.startTime;
    }
    const core = entries.find((entry) => entry.name.endsWith('/assets/coursewright.js'));
    // In order of start: the first request of the State API is the read the player starts with.
    const stateRead = entries.find((entry) => new URL(entry.name).pathname.endsWith('/activities/state'));
    const waitFrom = Math.max(core?.responseEnd ?? Number.NaN, stateRead?.responseEnd ?? 0);
    return { waitFrom, firstMove: (window as unknown as { cwFirstMove?: number }).cwFirstMove, requested };
  });

/**
 * The page's timeline once `paths` have all been requested. The player has started (the menu
 * shows where the learner is) before the learner presses Tab in `page`: from then on it listens.
 */
async function tabThenWait(page: Page, frame: Frame, paths: readonly string[]): Promise<Timeline> {
  await frame.locator('.cw-menu-link[data-state]').first().waitFor({ state: 'attached' });
  await page.keyboard.press('Tab');
  await expect.poll(async () => {
    const { requested } = await timeline(frame);
    return paths.filter((path) => !(path in requested));
  }, { timeout: 15_000 }).toEqual([]);
  return timeline(frame);
}

/**
 * What the learner notices: each of `paths` was requested after their first move (the first
 * screen had the network to itself until then) and soon after it, before the player's 3 s wait
 * could be over however slow the machine, so the move, not the wait, started it.
 */
function expectStartedByTheLearner({ waitFrom, firstMove, requested }: Timeline, paths: readonly string[]): void {
  expect(Number.isFinite(waitFrom)).toBe(true);
  expect(firstMove).toBeDefined();
  const moved = firstMove ?? Number.NaN;
  for (const path of paths) {
    const at = requested[path] ?? Number.NaN;
    expect(at, `${path} requested after the learner's first move`).toBeGreaterThanOrEqual(moved);
    expect(at - moved, `${path} requested at once on the learner's first move`).toBeLessThan(1000);
    expect(at - waitFrom, `${path} requested before the player's 3 s wait could be over`).toBeLessThan(3000);
  }
  // Nothing of the later lessons came before the learner moved.
  const lessons = Object.entries(requested).filter(([path]) => path.startsWith('lessons/'));
  expect(lessons.filter(([, at]) => at < moved)).toEqual([]);
}

describe('a learner who starts with the keyboard', () => {
  const env = useCourseInBrowser(runtimeTestCourse);

  it('gets the next lessons fetched at once in an LMS, well before the player would have fetched them on its own', async () => {
    const page = await env.newPage();
    await page.addInitScript(noteFirstMove);
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    // Tab from the LMS page moves focus into the course frame: the course's first focus move.
    const seen = await tabThenWait(page, lms.course, ['lessons/2.js']);
    expectStartedByTheLearner(seen, ['lessons/2.js']);
    // The rest follows, one lesson at a time, as before.
    await expect.poll(async () => 'lessons/3.js' in (await timeline(lms.course)).requested, { timeout: 15_000 }).toBe(true);
    expect(await lms.errors()).toEqual([]);
  });
});

describe('a learner who starts with the keyboard, in an xAPI package', () => {
  let lrs: TestLrs;
  beforeAll(async () => {
    lrs = await startTestLrs();
  });
  afterAll(() => lrs?.close());
  const env = useCourseInBrowser(runtimeTestCourse, {
    target: 'xapi',
    allowResponse: (status, url) => isNoSavedStateYet(lrs, status, url),
  });

  it('gets the code that sends answers and the next lessons fetched at once, well before the player would have fetched them on its own', async () => {
    const page = await env.newPage();
    await page.addInitScript(noteFirstMove);
    await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, randomUUID()));
    const paths = ['features/xapi-answers.js', 'lessons/2.js'];
    const seen = await tabThenWait(page, page.mainFrame(), paths);
    expectStartedByTheLearner(seen, paths);
  });
});
