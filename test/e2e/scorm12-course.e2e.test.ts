/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { describe, expect, it } from 'vitest';
import { menuMarks, useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { openInLms, relaunchInLms } from '../support/scorm12-lms.js';
import { lessonShown } from '../support/play-course.js';
import { expectCleanSession, setValues } from '../support/lms-checks.js';
import { cspViolations, pagePolicy, recordCspViolations } from '../support/csp-violations.js';

const env = useCourseInBrowser(runtimeTestCourse);

describe('a SCORM 1.2 package in an LMS (scorm-again)', () => {
  it('tracks a first session, then resumes it where the learner left off', async () => {
    const page = await env.newPage();
    await recordCspViolations(page);
    const first = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = first.course;
    expect(await visibleLessons(frame)).toEqual(['lesson-welcome']);
    expect(await frame.locator('#cw-progress-text').textContent()).toBe('Lesson 1 of 3 · 1 of 4 activities done');
    expect(await frame.locator('#cw-prev').isDisabled()).toBe(true);

    await frame.getByRole('button', { name: 'Next' }).click();
    expect(await visibleLessons(frame)).toEqual(['lesson-recognising']);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('lesson-recognising-title');
    expect(await frame.title()).toBe('Recognising harassment – Respect basics');
    await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
    await frame.getByRole('button', { name: 'Check', exact: true }).click();
    await frame.getByRole('button', { name: 'Exit' }).press('Enter');
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
    // The disabled Exit button cannot keep focus: it moves to the notice, not to the page.
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-cw-notice'))).toBe('exit');
    // Nothing more could be saved after Exit, so the course no longer takes input.
    expect(await frame.locator('#cw-main').evaluate((main: HTMLElement) => main.inert)).toBe(true);
    expect(await frame.locator('#cw-next').isDisabled()).toBe(true);

    const calls = await expectCleanSession(first);
    const cmi = await first.cmi();
    expect(cmi.core).toMatchObject({ lesson_status: 'incomplete', lesson_location: 'recognising', exit: 'suspend' });
    expect(cmi.suspend_data).not.toBe('');
    expect(setValues(calls, 'cmi.core.lesson_status')).toEqual(['incomplete']);
    expect(cmi.interactions['0']).toMatchObject({ id: 'q-signs', type: 'choice', student_response: 'b', result: 'correct' });
    expect(await first.count('LMSCommit')).toBeGreaterThanOrEqual(1);

    const second = await relaunchInLms(page, first);
    const again = second.course;
    expect((await second.cmi()).core.entry).toBe('resume');
    expect(await visibleLessons(again)).toEqual(['lesson-recognising']);
    expect(await again.locator('#cw-progress-text').textContent()).toBe('Lesson 2 of 3 · 3 of 4 activities done');
    expect(await menuMarks(again)).toEqual(['complete', 'complete', 'new']);
    const answer = again.getByRole('radio', { name: "Jokes at one person's expense" });
    expect(await answer.isChecked()).toBe(true);
    expect(await answer.isDisabled()).toBe(true);

    await again.getByRole('button', { name: 'Next' }).click();
    // Said once the LMS accepted the status, not before.
    await expect.poll(() => again.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. Your learning system has recorded it.');
    expect(await again.locator('#cw-save-status').textContent()).toBe('All progress saved.');
    await again.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => second.count('LMSFinish')).toBe(1);
    const secondCalls = await expectCleanSession(second);
    const done = await second.cmi();
    expect(done.core).toMatchObject({ lesson_status: 'completed', lesson_location: 'wrap-up', exit: '' });
    expect(setValues(secondCalls, 'cmi.core.lesson_status')).toEqual(['completed']);
    expect(Object.keys(done.interactions)).toEqual(['0']);
    // The whole session ran under the page's policy: the SCORM API in the LMS frame stays reachable.
    expect(await pagePolicy(again)).toContain("script-src 'self'");
    expect(await cspViolations(again)).toEqual([]);
  });

  it('blocks what its Content-Security-Policy forbids (the policy is in force)', async () => {
    // A context of its own: the refusals below are logged as console errors, which newPage() fails on.
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      await recordCspViolations(page);
      await page.goto(env.launchUrl());
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.cwInjected = true';
        document.body.append(script);
        return (window as { cwInjected?: boolean }).cwInjected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => cspViolations(page.mainFrame())).toEqual(['script-src-elem inline']);
    } finally {
      await context.close();
    }
  });

  it('finishes the session when the LMS closes the course frame', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    await lms.course.getByRole('button', { name: 'Next' }).click();
    await lessonShown(lms.course, 1); // the bookmark moves once the lesson is loaded and shown
    await lms.closeCourse();
    await expect.poll(() => lms.count('LMSFinish')).toBe(1);
    await expectCleanSession(lms);
    expect((await lms.cmi()).core).toMatchObject({ lesson_status: 'incomplete', lesson_location: 'recognising', exit: 'suspend' });
  });

  it('says the session has ended when the browser brings the page back after leaving it', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await frame.getByRole('button', { name: 'Next' }).click();
    // What a browser does when the learner goes back to a page kept in its back/forward cache.
    await frame.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    expect(await frame.locator('[data-cw-notice="exit"]').textContent()).toContain('open the course again from your learning system');
    expect(await frame.locator('#cw-main').evaluate((main: HTMLElement) => main.inert)).toBe(true);
    expect(await lms.count('LMSFinish')).toBe(1);
    await expectCleanSession(lms);
  });

  it('starts again, and says so, when the saved state is from another version of the course', async () => {
    const page = await env.newPage();
    const initialData = {
      core: { student_id: 'learner-1', student_name: 'Okafor, Amara', entry: 'resume', lesson_status: 'incomplete', lesson_location: 'wrap-up' },
      suspend_data: '1~0000beef~2~H~{"q-signs":{"d":1,"s":1}}',
    };
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl(), initialData });
    expect(await lms.course.locator('[data-cw-notice="state"]').textContent()).toContain('starts again from the beginning');
    expect(await visibleLessons(lms.course)).toEqual(['lesson-welcome']);
    expect(await menuMarks(lms.course)).toEqual(['complete', 'new', 'new']);
    await expect.poll(async () => (await lms.cmi()).core.lesson_location).toBe('welcome');
  });

  it('plays untracked outside an LMS, says so, and resumes on this device', async () => {
    const page = await env.newPage();
    await page.goto(env.launchUrl());
    expect(await page.locator('[data-cw-notice="tracking"]').textContent()).toContain('Progress is not being recorded');
    await page.getByRole('button', { name: 'Next' }).click();
    await lessonShown(page.mainFrame(), 1);
    await page.reload();
    expect(await visibleLessons(page.mainFrame())).toEqual(['lesson-recognising']);
    expect(await page.locator('#cw-progress-text').textContent()).toBe('Lesson 2 of 3 · 2 of 4 activities done');
  });
});
