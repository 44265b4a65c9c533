/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms, relaunchInLms, type LmsSession } from '../support/scorm12-lms.js';
import { blockStrings } from '../../src/model/strings/block-strings.js';

/** A course for shared ward PCs: reflections kept for the browser session only. */
const course = {
  'course.yml': ['id: ward-pc', 'title: Ward PC', 'lessons: [lessons/reflect.md]', 'reporting:', '  reflections: session', ''].join('\n'),
  'lessons/reflect.md': ['---', 'title: Reflect', '---', ':::reflection{#r-shift}', 'What went well on your last shift?', ':::', ''].join('\n'),
};

const env = useCourseInBrowser(course);
const launch = (page: Page): Promise<LmsSession> => openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });

/** Every stored value of this origin, by storage area. */
const stored = (frame: Frame): Promise<{ local: Record<string, string>; session: Record<string, string> }> =>
  frame.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));

/** Open the course, optionally write a reflection, and leave: what the LMS keeps. */
async function visit(page: Page, text?: string): Promise<{ lms: LmsSession; frame: Frame }> {
  const lms = await launch(page);
  const frame = lms.course;
  if (text !== undefined) {
    const box = frame.getByRole('textbox', { name: 'Your reflection' });
    await box.fill(text);
    await box.blur();
    await expect.poll(() => frame.locator('.cw-reflection__status').textContent()).toBe('Kept in this window until you close it.');
  }
  await lms.closeCourse();
  await expect.poll(() => lms.count('LMSFinish')).toBe(1);
  return { lms, frame };
}

describe('reporting.reflections: session', () => {
  it('says so under the box', async () => {
    const frame = (await launch(await env.newPage())).course;
    expect(await frame.locator('.cw-reflection__privacy').textContent()).toBe(blockStrings['reflection.session']);
  });

  it('keeps the text in sessionStorage only, for as long as the window is open', async () => {
    const page = await env.newPage();
    const lms = await launch(page);
    const box = lms.course.getByRole('textbox', { name: 'Your reflection' });
    await box.fill('The handover was calm.');
    await box.blur();
    await expect.poll(() => lms.course.locator('.cw-reflection__status').textContent()).toBe('Kept in this window until you close it.');
    const { local, session } = await stored(lms.course);
    expect(Object.entries(session).filter(([, value]) => value === 'The handover was calm.').map(([key]) => key)).toEqual(['cw:ward-pc:learner-1:r-shift:text']);
    expect(JSON.stringify(local)).not.toContain('handover');

    // Back in the same window (the LMS relaunches the course): the answer is still there.
    await lms.course.getByRole('button', { name: 'Exit' }).click();
    const again = (await relaunchInLms(page, lms)).course;
    expect(await again.getByRole('textbox', { name: 'Your reflection' }).inputValue()).toBe('The handover was calm.');

    // Another window of the same browser profile (as the next person on the ward PC): nothing.
    const other = await page.context().newPage();
    const next = (await launch(other)).course;
    expect(await next.getByRole('textbox', { name: 'Your reflection' }).inputValue()).toBe('');
    expect(JSON.stringify(await stored(next))).not.toContain('handover');
    await other.close();
  });

  it('tells the LMS nothing about whether a reflection was written', async () => {
    const wrote = await visit(await env.newPage(), 'Short-staffed again; I felt unheard.');
    const skipped = await visit(await env.newPage());
    const kept = async (lms: LmsSession) => {
      const cmi = await lms.cmi();
      return { suspend: cmi.suspend_data, interactions: cmi.interactions, status: cmi.core.lesson_status };
    };
    const written = await kept(wrote.lms);
    expect(written.suspend).not.toContain('unheard');
    expect(written.interactions).toEqual({});
    expect(written).toEqual(await kept(skipped.lms));
  });
});

describe('reporting.reflections: session, in a web package (no learner name)', () => {
  const web = useCourseInBrowser(course, { target: 'web' });

  it('deletes the answer when the learner exits, so the next person at the window is not shown it', async () => {
    const page = await web.newPage();
    await page.goto(web.launchUrl());
    const box = page.getByRole('textbox', { name: 'Your reflection' });
    await box.fill('I felt unheard at handover.');
    await box.blur();
    await expect.poll(() => page.locator('.cw-reflection__status').textContent()).toBe('Kept in this window until you close it.');
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent()).toContain('You can close this window now');
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('.cw-reflection__status').textContent()).toBe(blockStrings['reflection.deleted']);
    expect(JSON.stringify(await stored(page.mainFrame()))).not.toContain('unheard');
    // The next person opens the course again in that window: an empty box.
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Your reflection' }).inputValue()).toBe('');
  });
});
