/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { setValues } from '../support/lms-checks.js';
import { openInLms, relaunchInLms, type LmsSession } from '../support/scorm12-lms.js';
import { refuseDeviceStorage } from '../support/refuse-storage.js';

// The LMS is scorm-again; the failures are a thin layer in front of it (test/support/lms/test-lms.js)
// that refuses calls as a broken network or LMS server would. The course logs each refusal as a
// warning, which is expected here, so those warnings are filtered out of the page-problem check.
const env = useCourseInBrowser(runtimeTestCourse, { allowWarnings: /not confirmed by the learning system|SCORM 1\.2: .* failed/ });

/** Everything the learner can read on the page. */
const pageText = (frame: Frame): Promise<string> => frame.evaluate(() => document.body.innerText);

/**
 * Opens the course in the LMS, waits for its first save, makes the LMS refuse every write, answers
 * and finishes, and waits for the save line to say so.
 */
async function finishWhileTheLmsRefuses(page: Page): Promise<LmsSession> {
  const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
  await expect.poll(() => lms.course.locator('#cw-save-status').textContent()).toBe('All progress saved.');
  await lms.setFaults({ refuseSets: true, refuseCommit: true });
  await answerAndFinish(lms.course);
  await expect.poll(() => lms.course.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('unsaved');
  return lms;
}

async function answerAndFinish(frame: Frame): Promise<void> {
  await frame.getByRole('button', { name: 'Next' }).click();
  await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
  await frame.getByRole('button', { name: 'Check', exact: true }).click();
  await frame.getByRole('button', { name: 'Next' }).click();
}

describe('a SCORM 1.2 package when the LMS fails', () => {
  it('never tells the learner "saved" or "completed" when the LMS refuses every write, and says what to do', async () => {
    const lms = await finishWhileTheLmsRefuses(await env.newPage());
    const frame = lms.course;
    expect(await frame.locator('#cw-save-status').textContent()).toContain('Keep this window open');
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('not saved there yet');
    const text = await pageText(frame);
    expect(text).not.toMatch(/progress is saved|All progress saved|have completed|recorded it/);
    expect(text).toContain('You have finished the course. Saving your result');
    expect(await lms.count('LMSFinish')).toBe(0);
    expect((await lms.cmi()).core).toMatchObject({ lesson_status: 'incomplete' });
    // The learner can try again; the course stays open meanwhile.
    expect(await frame.locator('#cw-main').evaluate((main: HTMLElement) => main.inert)).toBe(false);
    await lms.setFaults({ refuseSets: false, refuseCommit: false });
    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
    expect((await lms.cmi()).core).toMatchObject({ lesson_status: 'completed', exit: '' });
  });

  it('delivers every answer exactly once and the right status when the LMS comes back after an outage', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await lms.setFaults({ refuseCommit: true });
    await answerAndFinish(frame);
    await expect.poll(() => frame.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('unsaved');
    expect(await frame.locator('[data-cw-notice="outcome"]').textContent()).not.toContain('recorded');
    await lms.setFaults({ refuseCommit: false });
    await frame.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => frame.locator('#cw-save-status').textContent(), { timeout: 10_000 }).toBe('All progress saved.');
    await expect.poll(() => frame.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. Your learning system has recorded it.');
    const cmi = await lms.cmi();
    expect(Object.values(cmi.interactions).map((row) => row.id)).toEqual(['q-signs']);
    expect(cmi.core).toMatchObject({ lesson_status: 'completed', lesson_location: 'wrap-up' });
  });

  it('says progress is kept in this window only, never on this device, when the browser keeps nothing there', async () => {
    const page = await env.newPage();
    await refuseDeviceStorage(page);
    const lms = await finishWhileTheLmsRefuses(page);
    const frame = lms.course;
    expect(await frame.locator('#cw-save-status').textContent()).toBe('Not saved yet: your learning system has not confirmed your latest progress. This browser does not let the course keep it on this device: it is kept in this window only and sent again automatically. Keep this window open and check your connection.');
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('it is lost if you close this window');
    expect(await pageText(frame)).not.toMatch(/kept on this device|sent the next time you open/);
    // The LMS back: saved, and said so, as in any browser.
    await lms.setFaults({ refuseSets: false, refuseCommit: false });
    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
  });

  it('tries LMSFinish again when it failed', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await lms.setFaults({ refuseFinish: 1 });
    await frame.getByRole('button', { name: 'Exit' }).click();
    // Everything was committed, only the end refused: the notice says so, as the save status does
    // (it said "not saved there yet" beside "All progress saved.").
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved in your learning system, but it did not confirm that this session has ended.');
    expect(await frame.locator('[data-cw-notice="exit"]').textContent()).not.toContain('not saved');
    expect(await frame.locator('#cw-save-status').textContent()).toBe('All progress saved.');
    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
    expect((await lms.calls()).filter((call) => call.fn === 'LMSFinish').map((call) => call.result)).toEqual(['false', 'true']);
  });

  it('resumes from the last confirmed point after the tab is closed mid-lesson, with nothing the LMS refused claimed', async () => {
    const page = await env.newPage();
    const first = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    await first.course.getByRole('button', { name: 'Next' }).click();
    await expect.poll(async () => (await first.cmi()).core.lesson_location).toBe('recognising');
    await first.setFaults({ refuseSets: true, refuseCommit: true });
    await first.course.getByRole('radio', { name: "Jokes at one person's expense" }).check();
    await first.course.getByRole('button', { name: 'Check', exact: true }).click();
    await first.closeCourse();
    await expect.poll(() => first.count('LMSFinish')).toBe(1);
    expect(setValues(await first.calls(), 'cmi.interactions.0.id').length).toBeLessThanOrEqual(1);

    // Same browser (same device storage): what the LMS refused is restored from the device and sent.
    const second = await relaunchInLms(page, first);
    expect(await visibleLessons(second.course)).toEqual(['lesson-recognising']);
    expect(await second.course.getByRole('radio', { name: "Jokes at one person's expense" }).isChecked()).toBe(true);
    await expect.poll(async () => Object.values((await second.cmi()).interactions).map((row) => row.id)).toEqual(['q-signs']);
  });
});
