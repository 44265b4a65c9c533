/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms, relaunchInLms, type LmsSession } from '../support/scorm12-lms.js';

// A long second lesson (loaded when opened), as a learner on a phone reads it in more than one go.
const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}. On a night shift, small moments decide whether people speak up or stay quiet.`);
const env = useCourseInBrowser({
  'course.yml': 'id: long-read\ntitle: Long read\nlessons: [lessons/intro.md, lessons/long.md]\n',
  'lessons/intro.md': '---\ntitle: Intro\n---\nA short first lesson.\n',
  'lessons/long.md': ['---', 'title: The long one', '---', ...paragraphs.flatMap((text) => [text, ''])].join('\n'),
});

const paragraph = (frame: Frame, n: number) => frame.locator('p', { hasText: `Paragraph ${n}.` });

/**
 * Waits for the reading aids' code (features/reading-aids.js) to have run, and for what it does
 * as it arrives: it comes when a learner returns to a kept place, or once they are reading.
 */
async function aidsLoaded(frame: Frame): Promise<void> {
  await expect.poll(() => frame.evaluate(() => 'reading-aids' in ((window as unknown as { coursewrightFeatures?: object }).coursewrightFeatures ?? {})), { timeout: 10_000 }).toBe(true);
  await frame.page().waitForTimeout(200);
}

/** Opens the long lesson, reads down to paragraph `n` (at the top of the screen), and leaves the course. */
async function readTo(page: Page, n: number): Promise<LmsSession> {
  const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
  await lms.course.getByRole('button', { name: 'Next' }).click();
  // The code that keeps the place comes once the learner is reading (here, from their click).
  await aidsLoaded(lms.course);
  await paragraph(lms.course, n).evaluate((p) => p.scrollIntoView({ block: 'start' }));
  // The place is written once the learner stops scrolling, or when the page goes.
  await lms.course.page().waitForTimeout(100);
  await lms.closeCourse();
  await expect.poll(() => lms.count('LMSFinish')).toBe(1);
  return lms;
}

/** Where paragraph `n` is on the screen, and whether focus is on it. */
const where = (frame: Frame, n: number) => paragraph(frame, n).evaluate((p) => ({ top: Math.round(p.getBoundingClientRect().top), focused: document.activeElement === p }));

describe('coming back to a long lesson on the same device', () => {
  it('opens at the paragraph the learner was reading, with focus there, not at the lesson start', async () => {
    const page = await env.newPage({ width: 360, height: 740 });
    const again = (await relaunchInLms(page, await readTo(page, 40))).course;
    await paragraph(again, 40).waitFor();
    await expect.poll(() => where(again, 40)).toEqual({ top: 0, focused: true });
    // A page turn still starts the next lesson at its top.
    await again.getByRole('button', { name: 'Previous' }).click();
    expect(await again.evaluate(() => window.scrollY)).toBe(0);
  });

  it('opens at the lesson start when the text there changed (a new version), or when the learner left it at the top', async () => {
    const page = await env.newPage({ width: 360, height: 740 });
    const left = await readTo(page, 40);
    // The LMS page is on the course's origin: the same device storage.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage).filter((name) => name.endsWith(':place'))) localStorage.setItem(key, localStorage.getItem(key)!.replace('Paragraph 40.', 'Paragraph 4O.'));
    });
    const changed = await relaunchInLms(page, left);
    await paragraph(changed.course, 40).waitFor({ state: 'attached' });
    await aidsLoaded(changed.course);
    expect(await changed.course.evaluate(() => window.scrollY)).toBe(0);

    // Read further, then back up to the title, and leave: the next visit opens at the top.
    await paragraph(changed.course, 30).evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(600);
    await changed.course.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    await changed.closeCourse();
    await expect.poll(() => changed.count('LMSFinish')).toBe(1);
    const back = (await relaunchInLms(page, changed)).course;
    await paragraph(back, 30).waitFor({ state: 'attached' });
    await aidsLoaded(back);
    expect(await back.evaluate(() => window.scrollY)).toBe(0);
  });
});
