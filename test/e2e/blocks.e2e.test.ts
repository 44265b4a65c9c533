/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditLayout, auditWcag, injectAxe } from '../support/page-audits.js';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms, relaunchInLms, type LmsSession } from '../support/scorm12-lms.js';
import { blocksCourse as course } from '../runtime/blocks/fixtures/blocks-course.js';
import { refuseDeviceStorage } from '../support/refuse-storage.js';

const env = useCourseInBrowser(course);
const newPage = (viewport?: { width: number; height: number }): Promise<Page> => env.newPage(viewport);

const launch = (page: Page): Promise<LmsSession> => openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
const goToLesson = async (frame: Frame, id: string): Promise<void> => {
  await frame.locator(`.cw-menu-link[href="#lesson-${id}"]`).evaluate((link: HTMLElement) => link.click());
  await frame.locator(`#lesson-${id}`).waitFor({ state: 'visible' });
};
const focused = (frame: Frame): Promise<string> =>
  frame.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent?.trim() ?? ''}`);
const interactions = async (lms: LmsSession): Promise<Record<string, unknown>[]> => Object.values((await lms.cmi()).interactions);

describe('blocks in a SCORM 1.2 package', () => {
  it('shows a content note with the course support resources and a captioned interview', async () => {
    const page = await newPage();
    const { course: frame } = await launch(page);
    const note = frame.getByRole('note');
    expect(await note.textContent()).toContain('Content note');
    const link = note.getByRole('link', { name: 'Employee Assistance Programme (opens in a new tab)' });
    expect(await link.getAttribute('href')).toBe('https://example.org/eap');
    expect(await link.getAttribute('target')).toBe('_blank');
    const track = frame.locator('.cw-interview track[kind="captions"]');
    expect(await track.getAttribute('srclang')).toBe('en');
    expect(await track.evaluate((t: HTMLTrackElement) => t.label)).toBe('English');
    await frame.getByText('Read the transcript').click();
    expect(await frame.locator('.cw-interview__transcript-text').textContent()).toContain('It started with jokes');
    expect(await frame.locator('figure.cw-quote blockquote').textContent()).toContain('It started small');
  });

  it('lets a learner skip what follows a content note that offers it, to the next lesson, by keyboard', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await page.goto(env.launchUrl());
    await page.getByRole('note').getByRole('link', { name: 'Skip to the next lesson: Checks' }).focus();
    await page.keyboard.press('Enter');
    // The player opens it as Next does: the lesson shown, focus on its heading, the scenario skipped.
    await expect.poll(() => focused(page.mainFrame())).toBe('h1:Checks');
    expect(await page.locator('#lesson-checks').isVisible()).toBe(true);
    expect(await page.locator('#lesson-scenario').isVisible()).toBe(false);
  });

  it('plays a scenario by keyboard, reports each decision of the first run, rewinds, ends with a debrief and resumes', async () => {
    const page = await newPage();
    const lms = await launch(page);
    const frame = lms.course;
    const meter = frame.getByRole('meter', { name: 'Team trust' });
    expect(await meter.getAttribute('aria-valuenow')).toBe('50');
    expect(await meter.getAttribute('aria-valuetext')).toBe('50 out of 100');

    await frame.getByRole('button', { name: 'Laugh along so it doesn\u2019t get awkward.' }).or(frame.getByRole('button', { name: "Laugh along so it doesn't get awkward." })).focus();
    await page.keyboard.press('Enter');
    expect(await focused(frame)).toBe('h4:What happens next');
    const changes = await frame.locator('.cw-changes li').allTextContents();
    expect(changes).toEqual(['Team trust \u221210', 'Feeling safe \u221215']);
    expect(await meter.getAttribute('aria-valuenow')).toBe('40');
    await frame.getByRole('button', { name: 'Continue' }).click();
    expect(await focused(frame)).toBe('h3:Later that night');

    await frame.getByRole('button', { name: 'Go back one step' }).click();
    expect(await focused(frame)).toBe('h3:Tuesday, night shift');
    expect(await meter.getAttribute('aria-valuenow')).toBe('50');
    // The same choice again after going back is no new answer: it adds no row.
    await frame.getByRole('button', { name: 'Laugh along so it doesn\u2019t get awkward.' }).or(frame.getByRole('button', { name: "Laugh along so it doesn't get awkward." })).click();
    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.getByRole('button', { name: 'Go back one step' }).click();
    expect(await focused(frame)).toBe('h3:Tuesday, night shift');
    await frame.getByRole('button', { name: "Say calmly that the comment isn't okay." }).click();
    await frame.getByRole('button', { name: 'Continue' }).click();
    expect(await focused(frame)).toBe('h3:Step 2');
    await frame.getByRole('button', { name: 'Continue' }).click();
    expect(await focused(frame)).toBe('h3:Priya feels supported');
    expect(await frame.locator('.cw-outcome').textContent()).toBe('Outcome: Positive');
    expect(await frame.locator('.cw-debrief__summary').textContent()).toBe('You made the recommended choice at every step.');
    expect(await frame.locator('.cw-debrief__score').textContent()).toBe('Your score for this scenario: 100%');

    const reported = await interactions(lms);
    // The decision point is the question, the choice the response: going back a step and choosing
    // again is a second try at the same question, and keeps the first one.
    expect(reported.map((i) => [i.id, i.type, i.student_response, i.result])).toEqual([
      ['break-room.intro', 'choice', 'a', 'wrong'],
      ['break-room.intro', 'choice', 'b', 'correct'],
    ]);
    expect((await lms.cmi()).suspend_data).toContain('"break-room":{"p":"b","d":1,"s":1}');

    await frame.getByRole('button', { name: 'Start again' }).click();
    expect(await focused(frame)).toBe('h3:Tuesday, night shift');
    await frame.getByRole('button', { name: 'Laugh along so it doesn\u2019t get awkward.' }).or(frame.getByRole('button', { name: "Laugh along so it doesn't get awkward." })).click();
    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.getByRole('button', { name: 'Exit' }).click();

    const relaunched = await relaunchInLms(page, lms);
    const again = relaunched.course;
    expect(await again.locator('.cw-scenario__heading').textContent()).toBe('Later that night');
    expect(await again.getByRole('meter', { name: 'Feeling safe' }).getAttribute('aria-valuenow')).toBe('35');
    await again.getByRole('button', { name: 'Say nothing.' }).click();
    expect(await again.locator('.cw-changes li').allTextContents()).toEqual(['Feeling safe \u221220']);
    await again.getByRole('button', { name: 'Continue' }).click();
    expect(await again.locator('.cw-outcome').textContent()).toBe('Outcome: Difficult');
    const yours = await again.locator('.cw-debrief__path--yours li').allTextContents();
    expect(yours[0]).toContain('Recommended here: Say calmly');
    expect(await again.locator('.cw-debrief__path--recommended li').allTextContents()).toEqual(["Say calmly that the comment isn't okay."]);
    // A replay after the scenario reached an end is not reported, in this session or the next.
    expect((await interactions(relaunched)).map((i) => [i.id, i.student_response])).toEqual([['break-room.intro', 'a'], ['break-room.intro', 'b']]);
  });

  it('brings a learner who left while a consequence was shown back to it, with Continue, and not once they went on', async () => {
    const page = await newPage();
    const lms = await launch(page);
    await lms.course.getByRole('button', { name: 'Laugh along so it doesn\u2019t get awkward.' }).or(lms.course.getByRole('button', { name: "Laugh along so it doesn't get awkward." })).click();
    expect(await lms.course.locator('.cw-consequence__heading').textContent()).toBe('What happens next');
    await lms.course.getByRole('button', { name: 'Exit' }).click();

    const back = (await relaunchInLms(page, lms)).course;
    expect(await back.locator('.cw-scenario__heading').textContent()).toBe('Tuesday, night shift');
    expect(await back.locator('.cw-consequence__heading').textContent()).toBe('What happens next');
    expect(await back.locator('.cw-changes li').allTextContents()).toEqual(['Team trust \u221210', 'Feeling safe \u221215']);
    expect(await back.getByRole('meter', { name: 'Team trust' }).getAttribute('aria-valuenow')).toBe('40');
    // The choices are not offered again: the decision was made.
    expect(await back.getByRole('button', { name: 'Say nothing.' }).count()).toBe(0);
    await back.getByRole('button', { name: 'Continue' }).click();
    expect(await focused(back)).toBe('h3:Later that night');
    await back.getByRole('button', { name: 'Exit' }).click();

    const third = (await relaunchInLms(page, lms)).course;
    expect(await third.locator('.cw-scenario__heading').textContent()).toBe('Later that night');
    expect(await third.locator('.cw-consequence').count()).toBe(0);
  });

  it('grades a check with feedback, attempts and the right answer revealed, and restores it', async () => {
    const page = await newPage();
    const lms = await launch(page);
    const frame = lms.course;
    await goToLesson(frame, 'checks');
    const signs = frame.locator('[data-cw-block="q-signs"]');
    await signs.getByRole('button', { name: 'Check' }).click();
    expect(await signs.getByRole('status').textContent()).toBe('Choose an answer first.');
    await signs.getByRole('radio', { name: 'A busy shift' }).check();
    // A double click checks the same answer twice: that must not use up the second try.
    await signs.getByRole('button', { name: 'Check' }).dblclick();
    const status = signs.getByRole('status');
    expect(await status.textContent()).toContain('Not quite.');
    expect(await status.textContent()).toContain('Busy shifts are stressful');
    expect(await status.textContent()).toContain('You have 1 more try.');
    expect(await status.textContent()).not.toContain('Change your answer');
    // Check pressed again a moment later with the same answer: told what to do, still no new attempt.
    await page.waitForTimeout(700);
    await signs.getByRole('button', { name: 'Check' }).click();
    expect(await status.textContent()).toContain('You have 1 more try.Change your answer and check again.');
    await signs.getByRole('radio', { name: 'A colleague asks for help' }).check();
    await signs.getByRole('button', { name: 'Check' }).click();
    expect(await status.textContent()).toContain("The right answer: Jokes at one person's expense");
    expect(await focused(frame)).toMatch(/^div:Not quite/);
    expect(await signs.getByRole('radio', { name: 'A colleague asks for help' }).isDisabled()).toBe(true);
    expect(await signs.locator('.cw-check__mark').allTextContents()).toEqual(['Your answer: not right', 'Right answer']);

    const tf = frame.locator('[data-cw-block="q-tf"]');
    await tf.getByRole('radio', { name: 'False' }).check();
    await tf.getByRole('button', { name: 'Check' }).click();
    expect(await tf.getByRole('status').textContent()).toContain('Correct.');

    const reported = await interactions(lms);
    expect(reported.map((i) => [i.id, i.type, i.student_response, i.result])).toEqual([
      ['q-signs', 'choice', 'c', 'wrong'],
      ['q-signs', 'choice', 'a', 'wrong'],
      ['q-tf', 'true-false', 'f', 'correct'],
    ]);
    await frame.getByRole('button', { name: 'Exit' }).click();

    const again = (await relaunchInLms(page, lms)).course;
    const restored = again.locator('[data-cw-block="q-signs"]');
    expect(await restored.getByRole('radio', { name: 'A colleague asks for help' }).isChecked()).toBe(true);
    expect(await restored.getByRole('status').textContent()).toContain('The right answer');
    expect(await restored.getByRole('button', { name: 'Check' }).count()).toBe(0);
  });

  it('runs choose and order practice with the keyboard', async () => {
    const page = await newPage();
    const lms = await launch(page);
    const frame = lms.course;
    await goToLesson(frame, 'practice');
    const choose = frame.locator('[data-cw-block="p-ward"]');
    await choose.getByRole('button', { name: /^Distract/ }).click();
    expect(await choose.getByRole('status').textContent()).toContain('Distract is less suited here.');
    expect(await choose.getByRole('button', { name: /^Distract/ }).textContent()).toContain('Tried: less suited here');
    await choose.getByRole('button', { name: /^Delegate/ }).click();
    expect(await choose.getByRole('status').textContent()).toContain('You found a technique that fits');

    const order = frame.locator('[data-cw-block="p-order"]');
    const labels = (): Promise<string[]> => order.locator('.cw-order__item .cw-practice__label').allTextContents();
    const start = await labels();
    expect([...start].sort()).toEqual(['Delegate', 'Direct', 'Distract']);
    expect(start).not.toEqual(['Distract', 'Direct', 'Delegate']);
    // Bring the three into the suggested order with the move buttons only, from the keyboard.
    for (const [label, index] of [['Distract', 0], ['Direct', 1]] as const) {
      while ((await labels()).indexOf(label) > index) {
        await order.getByRole('button', { name: `Move ${label} up` }).focus();
        await page.keyboard.press('Enter');
        expect(await focused(frame)).toBe('button:\u2191');
      }
    }
    expect(await labels()).toEqual(['Distract', 'Direct', 'Delegate']);
    // Each move is said through the page's live region, with the place it moved to.
    await expect.poll(() => frame.locator('#cw-live').textContent()).toMatch(/^(Distract moved to position 1|Direct moved to position 2) of 3\.$/);
    await order.getByRole('button', { name: 'Check order' }).click();
    expect(await order.getByRole('status').textContent()).toContain('This is the suggested order.');
    // The same order checked again is not another attempt: no second row in the LMS report.
    await order.getByRole('button', { name: 'Check order' }).click();
    const reported = await interactions(lms);
    expect(reported.map((i) => [i.id, i.type, i.student_response, i.result])).toEqual([
      ['p-ward', 'choice', 'b', 'neutral'],
      ['p-ward', 'choice', 'c', 'correct'],
      ['p-order', 'sequencing', 'a,b,c', 'correct'],
    ]);
    // Direct and Delegate both fit: each is a right answer by itself, not "both together".
    expect(reported[1]?.correct_responses).toEqual({ 0: { pattern: 'a' }, 1: { pattern: 'c' } });
  });

  it('keeps a reflection on the device only, reports it when opted in, and deletes it', async () => {
    const page = await newPage();
    const lms = await launch(page);
    const frame = lms.course;
    await goToLesson(frame, 'reflect');
    const box = frame.getByRole('textbox', { name: 'Your reflection' });
    expect(await frame.locator('.cw-reflection__privacy').textContent()).toContain('sent to your organisation');
    await box.fill('A joke about a colleague\u2019s accent.');
    await box.blur();
    await frame.getByRole('button', { name: 'I have reflected' }).press('Enter');
    expect(await frame.locator('.cw-reflection__confirmed').textContent()).toBe('Thank you for taking the time to reflect.');
    // The button is gone: focus is on what took its place, not back at the start of the page.
    expect(await frame.evaluate(() => document.activeElement?.className)).toBe('cw-reflection__confirmed');
    await frame.getByRole('button', { name: 'Exit' }).click();
    const cmi = await lms.cmi();
    expect(cmi.suspend_data).not.toContain('accent');
    expect(Object.values(cmi.interactions).map((i) => [i.id, i.type])).toEqual([['r-moment', 'fill-in']]);

    const again = (await relaunchInLms(page, lms)).course;
    const restored = again.getByRole('textbox', { name: 'Your reflection' });
    expect(await restored.inputValue()).toBe('A joke about a colleague\u2019s accent.');
    await again.getByRole('button', { name: 'Delete my answer' }).click();
    expect(await restored.inputValue()).toBe('');
    await page.reload();
    const third = (await launch(page)).course;
    await goToLesson(third, 'reflect');
    expect(await third.getByRole('textbox', { name: 'Your reflection' }).inputValue()).toBe('');
    // Nothing kept: Delete does not claim it deleted something.
    await third.getByRole('button', { name: 'Delete my answer' }).click();
    expect(await third.locator('.cw-reflection__status').textContent()).toBe('There is no answer to delete.');
  });

  it('tells the learner when the browser will not keep a reflection', async () => {
    const page = await newPage();
    // Storage refused, as in some private modes and sandboxed LMS frames.
    await refuseDeviceStorage(page);
    const frame = (await launch(page)).course;
    await goToLesson(frame, 'reflect');
    const box = frame.getByRole('textbox', { name: 'Your reflection' });
    await box.fill('Only for this visit.');
    await box.blur();
    expect(await frame.locator('.cw-reflection__status').textContent()).toBe('This browser cannot keep your answer: it will be gone when you close the course.');
    // And the note under this reported reflection said so before anything was typed, not "kept on this device".
    expect(await frame.locator('.cw-reflection__privacy').textContent()).toBe('This browser cannot keep your answer on this device: it is gone when you close the course. It is also sent to your organisation\u2019s learning system.');
  });

  it('reports an opted-in reflection still being typed when the learner leaves the page', async () => {
    const page = await newPage();
    const lms = await launch(page);
    const frame = lms.course;
    await goToLesson(frame, 'reflect');
    await frame.getByRole('textbox', { name: 'Your reflection' }).pressSequentially('Left mid-sentence');
    await lms.closeCourse();
    await expect.poll(() => lms.count('LMSFinish')).toBe(1);
    const reported = Object.values((await lms.cmi()).interactions).map((i) => [i.id, i.student_response]);
    expect(reported).toEqual([['r-moment', 'Left mid-sentence']]);
  });

  it('reports an opted-in reflection once: coming back to it, its text kept on the device, and leaving again reports nothing more', async () => {
    const page = await newPage();
    const lms = await launch(page);
    await goToLesson(lms.course, 'reflect');
    const box = lms.course.getByRole('textbox', { name: 'Your reflection' });
    await box.fill('I will check in with Priya after handover.');
    await box.blur();
    await lms.course.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => lms.count('LMSFinish')).toBe(1);
    expect(Object.values((await lms.cmi()).interactions).map((i) => i.id)).toEqual(['r-moment']);
    const again = await relaunchInLms(page, lms);
    await goToLesson(again.course, 'reflect');
    expect(await again.course.getByRole('textbox', { name: 'Your reflection' }).inputValue()).toBe('I will check in with Priya after handover.');
    await again.closeCourse();
    await expect.poll(() => again.count('LMSFinish')).toBe(1);
    // The LMS keeps the first session's record: no second one.
    expect(Object.values((await again.cmi()).interactions).map((i) => i.id)).toEqual(['r-moment']);
  });

  it('records an acknowledgement with its time and shows it on return', async () => {
    const page = await newPage();
    const lms = await launch(page);
    const frame = lms.course;
    await goToLesson(frame, 'reflect');
    const ack = frame.locator('[data-cw-block="ack-policy"]');
    await ack.getByRole('button', { name: 'Confirm' }).click();
    expect(await ack.getByRole('status').textContent()).toBe('Tick the box first, then press Confirm.');
    await ack.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
    await ack.getByRole('button', { name: 'Confirm' }).click();
    expect(await ack.getByRole('status').textContent()).toMatch(/^Acknowledged on .*\d{4}/);
    expect(await focused(frame)).toMatch(/^p:Acknowledged on/);
    const cmi = await lms.cmi();
    expect(cmi.suspend_data).toMatch(/"ack-policy":\{"d":1,"t":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}/);
    expect(Object.values(cmi.interactions).map((i) => [i.id, i.type, i.student_response, i.result])).toEqual([['ack-policy', 'true-false', 't', 'neutral']]);
    await frame.getByRole('button', { name: 'Exit' }).click();
    const again = (await relaunchInLms(page, lms)).course;
    const restored = again.locator('[data-cw-block="ack-policy"]');
    expect(await restored.getByRole('checkbox').isChecked()).toBe(true);
    expect(await restored.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    expect(await restored.getByRole('status').textContent()).toMatch(/^Acknowledged on/);
  });

  it('fits a 360 px phone screen with 44 px targets and has no axe-core WCAG 2.1 AA problems', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await page.goto(env.launchUrl());
    await injectAxe(page);
    const audit = (): Promise<{ id: string; nodes: string[] }[]> => auditWcag(page);
    const layout = (): Promise<{ fits: boolean; small: string[] }> => auditLayout(page);
    const visit = async (id: string): Promise<void> => {
      await goToLesson(page.mainFrame(), id);
      expect(await layout()).toEqual({ fits: true, small: [] });
      expect(await audit()).toEqual([]);
    };
    expect(await layout()).toEqual({ fits: true, small: [] });
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: "Say calmly that the comment isn't okay." }).click();
    expect(await layout()).toEqual({ fits: true, small: [] });
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await layout()).toEqual({ fits: true, small: [] });
    expect(await audit()).toEqual([]);
    await visit('checks');
    await page.locator('[data-cw-block="q-signs"]').getByRole('radio').first().check();
    await page.locator('[data-cw-block="q-signs"]').getByRole('button', { name: 'Check' }).click();
    expect(await audit()).toEqual([]);
    await visit('practice');
    await visit('reflect');
  });
});
