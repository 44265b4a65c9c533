/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { auditWcag, injectAxe } from '../support/page-audits.js';
import { openInLms, relaunchInLms, type LmsSession } from '../support/scorm12-lms.js';

// A checklist in lesson text (a Markdown task list): the first lesson's is in the first page, the
// second lesson's comes with that lesson's script, loaded when it is opened.
const lessons = {
  'lessons/plan.md': ['---', 'title: My plan', '---', 'Pick what you will try this month:', '', '- [ ] Ask a quiet colleague how the **shift** went', '- [x] Save the Speak-Up number in my phone', '- [ ] Say "that\'s not OK" the next time', ''].join('\n'),
  'lessons/after.md': ['---', 'title: After a month', '---', 'Looking back:', '', '- [ ] I tried one of them', '- Not yet? That is fine.', ''].join('\n'),
};
const course = (reporting = ''): Record<string, string> => ({
  'course.yml': ['id: plan', 'title: Plan', 'lessons: [lessons/plan.md, lessons/after.md]', reporting, ''].join('\n'),
  ...lessons,
});

const env = useCourseInBrowser(course());
const launch = async (kind: 'scorm12' = 'scorm12'): Promise<LmsSession> => openInLms(await env.newPage({ width: 360, height: 740 }), { kind, courseUrl: env.launchUrl() });

const ticked = (frame: Frame): Promise<Record<string, boolean>> =>
  frame.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll<HTMLInputElement>('.cw-lesson:not([hidden]) input[type=checkbox]')).map((box) => [box.closest('label')?.textContent?.trim() ?? '', box.checked])));

describe('a checklist in lesson text', () => {
  it('is ticked by its words, from the keyboard too, with a 44 px target, and passes axe', async () => {
    const frame = (await launch()).course;
    const first = frame.getByRole('checkbox', { name: 'Ask a quiet colleague how the shift went', exact: true });
    await first.waitFor();
    expect(await first.isChecked()).toBe(false);
    expect(await frame.getByRole('checkbox', { name: 'Save the Speak-Up number in my phone' }).isChecked()).toBe(true);
    // A tap on the words ticks the box.
    await frame.getByText('Say "that\'s not OK" the next time').click();
    expect(await frame.getByRole('checkbox', { name: 'Say "that\'s not OK" the next time' }).isChecked()).toBe(true);
    await first.focus();
    await frame.page().keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    const height = await frame.locator('label.cw-tick').first().evaluate((label) => label.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(44);
    await injectAxe(frame);
    expect(await auditWcag(frame)).toEqual([]);
  });

  it("keeps the learner's ticks on the device, in this lesson and in one loaded later, and tells the LMS nothing of them", async () => {
    const lms = await launch();
    const frame = lms.course;
    await frame.getByRole('checkbox', { name: 'Ask a quiet colleague how the shift went' }).check();
    // The author's tick, taken back, stays taken back.
    await frame.getByRole('checkbox', { name: 'Save the Speak-Up number in my phone' }).uncheck();
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('checkbox', { name: 'I tried one of them' }).check();
    // A plain item among the boxes keeps its bullet; the boxes have none.
    const markers = await frame.locator('.cw-lesson:not([hidden]) li').evaluateAll((items) => items.map((item) => getComputedStyle(item).listStyleType));
    expect(markers).toEqual(['none', 'disc']);
    await lms.closeCourse();
    await expect.poll(() => lms.count('LMSFinish')).toBe(1);
    const cmi = await lms.cmi();

    const again = await relaunchInLms(lms.page, lms);
    // The bookmark brings the learner back to the second lesson, ticked as they left it.
    await again.course.getByRole('checkbox', { name: 'I tried one of them' }).waitFor();
    expect(await ticked(again.course)).toEqual({ 'I tried one of them': true });
    await again.course.getByRole('button', { name: 'Previous' }).click();
    await again.course.getByRole('checkbox', { name: 'Ask a quiet colleague how the shift went' }).waitFor();
    expect(await ticked(again.course)).toEqual({
      'Ask a quiet colleague how the shift went': true,
      'Save the Speak-Up number in my phone': false,
      'Say "that\'s not OK" the next time': false,
    });

    // What the LMS holds is what it holds for a learner who ticked nothing.
    const untouched = await launch();
    await untouched.course.getByRole('button', { name: 'Next' }).click();
    await untouched.course.getByRole('checkbox', { name: 'I tried one of them' }).waitFor();
    await untouched.closeCourse();
    await expect.poll(() => untouched.count('LMSFinish')).toBe(1);
    const plain = await untouched.cmi();
    expect({ suspend: cmi.suspend_data, interactions: cmi.interactions }).toEqual({ suspend: plain.suspend_data, interactions: plain.interactions });
  });
});

describe('a checklist whose code is slow to come (the reading aids load as the lesson shows)', () => {
  it('keeps a tick the learner made before the code arrived', async () => {
    const page = await env.newPage({ width: 360, height: 740 });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route('**/assets/features/reading-aids.js', async (route) => {
      asked = true;
      await released;
      await route.continue();
    });
    // The held script holds the page's load, which the test LMS waits for: the learner ticks meanwhile.
    const opening = openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    await expect.poll(() => asked).toBe(true);
    const course = page.frames().find((frame) => frame.url() === env.launchUrl());
    if (!course) throw new Error('the course frame is not there');
    await course.getByRole('checkbox', { name: 'Ask a quiet colleague how the shift went' }).check();
    release();
    const lms = await opening;
    // Kept once the code is in: a relaunch shows it.
    await expect.poll(() => page.evaluate(() => Object.entries(localStorage).filter(([key, value]) => key.includes(':tick:plan:') && value === '1').length)).toBe(1);
    await lms.closeCourse();
    await expect.poll(() => lms.count('LMSFinish')).toBe(1);
    const again = await relaunchInLms(page, lms);
    expect(await again.course.getByRole('checkbox', { name: 'Ask a quiet colleague how the shift went' }).isChecked()).toBe(true);
  });
});

describe('a checklist in a course that keeps what learners write for the window only (reporting.reflections: session)', () => {
  const web = useCourseInBrowser(course('reporting: { reflections: session }'), { target: 'web' });

  it('keeps the ticks in the window, and an Exit clears them for the next person', async () => {
    const page = await web.newPage({ width: 360, height: 740 });
    await page.goto(web.launchUrl());
    const box = page.getByRole('checkbox', { name: 'Ask a quiet colleague how the shift went' });
    await box.check();
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('tick:');
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes(':tick:plan:')).length)).toBe(1);
    await page.reload();
    expect(await box.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent()).toContain('You can close this window now');
    expect(await box.isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Save the Speak-Up number in my phone' }).isChecked()).toBe(true);
    await page.reload();
    expect(await box.isChecked()).toBe(false);
  });
});
