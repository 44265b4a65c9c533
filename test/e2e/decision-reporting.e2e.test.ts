/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import { randomUUID } from 'node:crypto';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { openInLms, type LmsSession } from '../support/scorm12-lms.js';
import { isNoSavedStateYet, startTestLrs, type TestLrs } from '../support/lrs.js';
import { verbNames, xapiLaunchUrl } from '../support/lrs-launch.js';
import { decisionsCourse } from '../runtime/blocks/fixtures/decisions-course.js';

const policyText = 'Acknowledged: Dignity at Work Policy, version 2027.1';

const goToLesson = async (frame: Frame, id: string): Promise<void> => {
  await frame.locator(`.cw-menu-link[href="#lesson-${id}"]`).evaluate((link: HTMLElement) => link.click());
  await frame.locator(`#lesson-${id}`).waitFor({ state: 'visible' });
};

/** Plays the break-room scenario along the recommended path to its positive ending (100 points). */
async function playScenario(frame: Frame): Promise<void> {
  await frame.getByRole('button', { name: "Say calmly that the comment isn't okay." }).click();
  await frame.getByRole('button', { name: 'Continue' }).click();
  await frame.getByRole('button', { name: 'Continue' }).click();
  expect(await frame.locator('.cw-outcome').textContent()).toBe('Outcome: Positive');
}

/** Does everything else the course asks: the checks, both practices, and the acknowledgement. */
async function finishCourse(frame: Frame): Promise<void> {
  await goToLesson(frame, 'checks');
  const signs = frame.locator('[data-cw-block="q-signs"]');
  await signs.getByRole('radio', { name: "Jokes at one person's expense" }).check();
  await signs.getByRole('button', { name: 'Check' }).click();
  const tf = frame.locator('[data-cw-block="q-tf"]');
  await tf.getByRole('radio', { name: 'False' }).check();
  await tf.getByRole('button', { name: 'Check' }).click();
  await goToLesson(frame, 'practice');
  await frame.locator('[data-cw-block="p-ward"]').getByRole('button', { name: /^Delegate/ }).click();
  expect(await frame.locator('[data-cw-block="p-ward"]').getByRole('status').textContent()).toContain('You found a technique that fits');
  await frame.locator('[data-cw-block="p-order"]').getByRole('button', { name: 'Check order' }).click();
  await goToLesson(frame, 'reflect');
  const ack = frame.locator('[data-cw-block="ack-policy"]');
  await ack.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
  await ack.getByRole('button', { name: 'Confirm' }).click();
  expect(await ack.getByRole('status').textContent()).toMatch(/^Acknowledged on/);
}

const rows = async (lms: LmsSession): Promise<unknown[][]> =>
  Object.values((await lms.cmi()).interactions).map((i) => [i.id, i.type, i.student_response, i.result]);

describe('reporting.decisions: anonymous-score, in a SCORM 1.2 LMS (scorm-again)', () => {
  const env = useCourseInBrowser(decisionsCourse('anonymous-score'));

  it('sends one score for the scenario, no decision and no practice choice, and the policy acknowledged', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    await playScenario(lms.course);
    // The whole scenario in one row: how well, not what the learner chose.
    expect(await rows(lms)).toEqual([['break-room', 'numeric', '100', 'neutral']]);
    await finishCourse(lms.course);
    expect(await rows(lms)).toEqual([
      ['break-room', 'numeric', '100', 'neutral'],
      ['q-signs', 'choice', 'b', 'correct'],
      ['q-tf', 'true-false', 'f', 'correct'],
      ['ack-policy', 'fill-in', policyText, 'neutral'],
    ]);
    expect((await lms.cmi()).core).toMatchObject({ lesson_status: 'completed', score: { raw: '100' } });
  });
});

describe('reporting.decisions: none, in a SCORM 1.2 LMS (scorm-again)', () => {
  const env = useCourseInBrowser(decisionsCourse('none'));

  it('sends no decision, no practice choice and no scenario record, yet the scenario counts for completion and score', async () => {
    const page = await env.newPage();
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: env.launchUrl() });
    await playScenario(lms.course);
    expect(await rows(lms)).toEqual([]);
    await finishCourse(lms.course);
    expect(await rows(lms)).toEqual([
      ['q-signs', 'choice', 'b', 'correct'],
      ['q-tf', 'true-false', 'f', 'correct'],
      ['ack-policy', 'fill-in', policyText, 'neutral'],
    ]);
    // Completion needs the scenario finished; the score is its 100 and the check's 100.
    expect((await lms.cmi()).core).toMatchObject({ lesson_status: 'completed', score: { raw: '100' } });
  });
});

describe('reporting.decisions: anonymous-score, in an xAPI package with a real LRS', () => {
  let lrs: TestLrs;
  beforeAll(async () => {
    lrs = await startTestLrs();
  });
  afterAll(() => lrs?.close());
  const env = useCourseInBrowser(decisionsCourse('anonymous-score'), {
    target: 'xapi',
    allowResponse: (status, url) => isNoSavedStateYet(lrs, status, url),
  });

  async function launch(page: Page, registration: string): Promise<void> {
    await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
    await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('saved');
  }

  it('sends one answered statement for the scenario with its score only, and the acknowledged policy with its version', async () => {
    const registration = randomUUID();
    const page = await env.newPage();
    await launch(page, registration);
    const frame = page.mainFrame();
    await playScenario(frame);
    await finishCourse(frame);
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');

    const statements = (await lrs.statements()).filter((s) => (s.context as { registration?: string } | undefined)?.registration === registration);
    for (const statement of statements) expect(lrs.validate(statement), JSON.stringify(statement)).toEqual([]);
    const objectIds = (verb: string): string[] => statements.filter((s) => verbNames([s])[0] === verb).map((s) => String((s.object as { id: string }).id).replace(/^.*\/interactions\//, ''));
    expect(objectIds('answered')).toEqual(['break-room', 'q-signs', 'q-tf']);
    const scenario = statements.find((s) => String((s.object as { id: string }).id).endsWith('/interactions/break-room'));
    expect(scenario).toMatchObject({
      object: { definition: { name: { en: 'The break-room comment: score (0–100)' }, interactionType: 'numeric' } },
      result: { response: '100' },
    });
    expect(JSON.stringify(scenario)).not.toMatch(/name-it|laugh|choices/);

    expect(objectIds('accept')).toEqual(['ack-policy']);
    const accepted = statements.find((s) => verbNames([s])[0] === 'accept');
    const iri = String((accepted?.object as { id: string }).id).replace(/\/interactions\/ack-policy$/, '');
    expect(accepted).toMatchObject({
      object: { definition: { name: { en: policyText }, description: { en: `${policyText} — I have read and understood the Respect at Work policy.` } } },
      result: { extensions: { [`${iri}/extensions/policy`]: { title: 'Dignity at Work Policy', version: '2027.1' } } },
    });
    expect(String(accepted?.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    // The acknowledgement brought the completion: the LRS hears of it first, in order and in time (an audit trail).
    const verbs = verbNames(statements);
    expect(verbs.slice(-3)).toEqual(['accept', 'completed', 'terminated']);
    const completed = statements.find((s) => verbNames([s])[0] === 'completed');
    expect(String(accepted?.timestamp) <= String(completed?.timestamp)).toBe(true);
  });
});
