/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { menuMarks, useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { blocksCourse } from '../runtime/blocks/fixtures/blocks-course.js';
import { expectClean2004Session, set2004Values } from '../support/scorm2004-checks.js';
import { openInLms, relaunchInLms } from '../support/scorm12-lms.js';

const jokes = "Jokes at one person's expense";

async function answerCheck(frame: Frame): Promise<void> {
  await frame.getByRole('radio', { name: jokes }).check();
  await frame.getByRole('button', { name: 'Check', exact: true }).click();
}

describe('a SCORM 2004 package in an LMS (scorm-again Scorm2004API)', () => {
  const env = useCourseInBrowser(runtimeTestCourse, { target: 'scorm2004' });

  it('tracks a first session in 2004 formats, then resumes it and completes', async () => {
    const page = await env.newPage();
    const first = await openInLms(page, { kind: 'scorm2004', courseUrl: env.launchUrl() });
    const frame = first.course;
    expect(await visibleLessons(frame)).toEqual(['lesson-welcome']);
    await frame.getByRole('button', { name: 'Next' }).click();
    await answerCheck(frame);
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');

    const calls = await expectClean2004Session(first);
    const cmi = await first.cmi();
    expect(cmi).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', location: 'recognising', exit: 'suspend' });
    // Two of the three lessons opened and the graded check answered: 3 of the 4 completion requirements.
    expect(cmi.progress_measure).toBe('0.75');
    expect(cmi.suspend_data).not.toBe('');
    expect(set2004Values(calls, 'cmi.completion_status')).toEqual(['incomplete']);
    expect(set2004Values(calls, 'cmi.success_status')).toEqual(['unknown']);
    expect(cmi.interactions['0']).toMatchObject({
      id: 'urn:coursewright:respect-basics/interactions/q-signs',
      type: 'choice',
      description: '{lang=en}Which of these is an early warning sign?',
      result: 'correct',
    });
    // Options by the author's ids (here made from their text), not by letters as in SCORM 1.2.
    expect(cmi.interactions['0']).toMatchObject({ learner_response: 'jokes-at-one-persons-expense', correct_responses: { 0: { pattern: 'jokes-at-one-persons-expense' } } });

    const second = await relaunchInLms(page, first);
    const again = second.course;
    expect((await second.cmi()).entry).toBe('resume');
    expect(await visibleLessons(again)).toEqual(['lesson-recognising']);
    expect(await menuMarks(again)).toEqual(['complete', 'complete', 'new']);
    expect(await again.getByRole('radio', { name: jokes }).isChecked()).toBe(true);
    await again.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => again.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. Your learning system has recorded it.');
    await again.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => second.count('Terminate')).toBe(1);
    const secondCalls = await expectClean2004Session(second);
    const done = await second.cmi();
    // No mastery score in this course: completed, success unknown, but the score is recorded.
    expect(done).toMatchObject({ completion_status: 'completed', success_status: 'unknown', exit: 'normal', location: 'wrap-up', progress_measure: '1' });
    expect(done.score).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' });
    expect(set2004Values(secondCalls, 'cmi.completion_status')).toEqual(['completed']);
    expect(Object.keys(done.interactions)).toEqual(['0']);
  });

  it('records nothing when the LMS opens the course for review', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm2004', courseUrl: env.launchUrl(), initialData: { learner_id: 'learner-1', learner_name: 'Okafor, Amara', mode: 'review', entry: '', completion_status: 'completed', success_status: 'unknown' } });
    await lms.course.getByRole('button', { name: 'Next' }).click();
    await lms.closeCourse();
    await expect.poll(() => lms.count('Terminate')).toBe(1);
    expect(await lms.count('SetValue')).toBe(0);
    expect(await lms.count('Commit')).toBe(0);
  });
});

describe('a SCORM 2004 package with a mastery score', () => {
  const course = { ...runtimeTestCourse, 'course.yml': `${runtimeTestCourse['course.yml']}masteryScore: 80\n` };
  const env = useCourseInBrowser(course, { target: 'scorm2004' });

  it('passes with a scaled score the LMS judges by the same threshold', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm2004', courseUrl: env.launchUrl(), initialData: { learner_id: 'learner-1', learner_name: 'Okafor, Amara', mode: 'normal', entry: 'ab-initio', credit: 'credit', completion_status: 'unknown', success_status: 'unknown', scaled_passing_score: '0.8' } });
    const frame = lms.course;
    await frame.getByRole('button', { name: 'Next' }).click();
    await answerCheck(frame);
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => lms.count('Terminate')).toBe(1);
    const calls = await expectClean2004Session(lms);
    expect(await lms.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal', score: { scaled: '1', raw: '100' } });
    expect(set2004Values(calls, 'cmi.success_status')).toEqual(['unknown', 'passed']);
  });
});

describe('a SCORM 2004 package when the LMS refuses Commit', () => {
  const env = useCourseInBrowser(runtimeTestCourse, { target: 'scorm2004', allowWarnings: /not confirmed by the learning system|SCORM 2004: .* failed/ });

  it('never tells the learner "saved" or "recorded", and keeps the course open to try again', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm2004', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await expect.poll(() => frame.locator('#cw-save-status').textContent()).toBe('All progress saved.');
    await lms.setFaults({ refuseCommit: true });
    await frame.getByRole('button', { name: 'Next' }).click();
    await answerCheck(frame);
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => frame.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('unsaved');
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('not saved there yet');
    const text = await frame.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/progress is saved|All progress saved|have completed|recorded it/);
    expect(await lms.count('Terminate')).toBe(0);
    expect(await frame.locator('#cw-main').evaluate((main: HTMLElement) => main.inert)).toBe(false);
    await lms.setFaults({ refuseCommit: false });
    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
    expect(await lms.cmi()).toMatchObject({ completion_status: 'completed', exit: 'normal' });
  });
});

describe('every kind of reported block in a SCORM 2004 package', () => {
  const env = useCourseInBrowser(blocksCourse, { target: 'scorm2004' });
  const goToLesson = async (frame: Frame, id: string): Promise<void> => {
    await frame.locator(`.cw-menu-link[href="#lesson-${id}"]`).evaluate((link: HTMLElement) => link.click());
    await frame.locator(`#lesson-${id}`).waitFor({ state: 'visible' });
  };

  it('sends decisions, practice choices and orders, and acknowledgements in 2004 formats the LMS accepts', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm2004', courseUrl: env.launchUrl() });
    const frame = lms.course;
    await frame.getByRole('button', { name: "Say calmly that the comment isn't okay." }).click();
    await goToLesson(frame, 'practice');
    const choose = frame.locator('[data-cw-block="p-ward"]');
    await choose.getByRole('button', { name: /^Delegate/ }).click();
    const order = frame.locator('[data-cw-block="p-order"]');
    await order.getByRole('button', { name: 'Check order' }).click();
    await goToLesson(frame, 'reflect');
    const ack = frame.locator('[data-cw-block="ack-policy"]');
    await ack.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
    await ack.getByRole('button', { name: 'Confirm' }).click();
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => lms.count('Terminate')).toBe(1);
    await expectClean2004Session(lms);
    const rows = Object.values((await lms.cmi()).interactions);
    expect(rows.map((row) => [String(row.id).replace(/^.*\/interactions\//, ''), row.type])).toEqual([
      [expect.stringMatching(/^break-room/), 'choice'],
      ['p-ward', 'choice'],
      ['p-order', 'sequencing'],
      ['ack-policy', 'true-false'],
    ]);
    for (const row of rows) expect(row.description).toMatch(/^\{lang=en\}\S/);
    expect(rows[2]?.learner_response).toMatch(/^[\w-]+\[,\][\w-]+\[,\][\w-]+$/);
    expect(rows[3]).toMatchObject({ learner_response: 'true', result: 'neutral' });
  });
});
