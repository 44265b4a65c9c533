/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms } from '../support/scorm12-lms.js';
import { blocksCourse as course } from '../runtime/blocks/fixtures/blocks-course.js';

// SuccessFactors ends a session left idle for 30 minutes while the course runs in its own window
// (docs/lms-upload-guide.md): a learner who reads or watches that long, answering nothing, would
// then lose what they do next. The course commits every 10 minutes nothing else was sent, while
// the page is shown. Chromium's clock is played forward (playwright's page.clock): the real LMS
// runtime (scorm-again) sees every call.
const env = useCourseInBrowser(course);

describe('a learner who only reads or watches', () => {
  it('keeps the LMS session in use with a commit every 10 minutes nothing else was sent, with the session time so far', async () => {
    const page = await env.newPage();
    await page.clock.install();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const commits = await lms.count('LMSCommit');
    await page.clock.runFor('09:50');
    expect(await lms.count('LMSCommit')).toBe(commits);
    await page.clock.runFor('00:20');
    expect(await lms.count('LMSCommit')).toBe(commits + 1);
    const timeSet = (await lms.calls()).filter((call) => call.fn === 'LMSSetValue' && call.args[0] === 'cmi.core.session_time').map((call) => call.args[1]);
    expect(timeSet.at(-1)).toMatch(/^0000:1[0-9]:/);

    // A decision sends its own commit: the next keep-alive is not due for another 10 minutes after that.
    await page.clock.runFor('05:00');
    await lms.course.getByRole('button', { name: "Say calmly that the comment isn't okay." }).click();
    await page.clock.runFor('00:02');
    const afterAnswer = await lms.count('LMSCommit');
    expect(afterAnswer).toBeGreaterThan(commits + 1);
    await page.clock.runFor('05:00');
    expect(await lms.count('LMSCommit')).toBe(afterAnswer);
    await page.clock.runFor('10:00');
    expect(await lms.count('LMSCommit')).toBe(afterAnswer + 1);
    expect(await lms.errors()).toEqual([]);
  });

  it('lets the session go idle while the page is hidden (a tab in the background), and keeps it in use again once it is shown', async () => {
    const page = await env.newPage();
    await page.clock.install();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const commits = await lms.count('LMSCommit');
    // Headless Chromium always shows its page: the course frame is told it is hidden, as a browser tells a background tab.
    const show = (state: 'hidden' | 'visible') => lms.course.evaluate((value) => Object.defineProperty(document, 'visibilityState', { value, configurable: true }), state);
    await show('hidden');
    await page.clock.runFor('35:00');
    expect(await lms.count('LMSCommit')).toBe(commits);
    await show('visible');
    await page.clock.runFor('10:00');
    expect(await lms.count('LMSCommit')).toBe(commits + 1);
  });
});

describe('a SCORM 2004 learner who only reads or watches', () => {
  const env2004 = useCourseInBrowser(course, { target: 'scorm2004' });

  it('keeps the session in use the same way, and a review launch, which records nothing, commits nothing', async () => {
    const page = await env2004.newPage();
    await page.clock.install();
    const lms = await openInLms(page, { kind: 'scorm2004', courseUrl: env2004.launchUrl() });
    const commits = await lms.count('Commit');
    await page.clock.runFor('10:10');
    expect(await lms.count('Commit')).toBe(commits + 1);
    const timeSet = (await lms.calls()).filter((call) => call.fn === 'SetValue' && call.args[0] === 'cmi.session_time').map((call) => call.args[1]);
    expect(timeSet.at(-1)).toMatch(/^PT10M/);
    expect(await lms.errors()).toEqual([]);

    const review = await env2004.newPage();
    await review.clock.install();
    const reviewed = await openInLms(review, { kind: 'scorm2004', courseUrl: env2004.launchUrl(), initialData: { learner_id: 'learner-1', learner_name: 'Okafor, Amara', mode: 'review', entry: '', completion_status: 'completed', success_status: 'unknown' } });
    await review.clock.runFor('30:00');
    expect(await reviewed.count('Commit')).toBe(0);
  });
});
