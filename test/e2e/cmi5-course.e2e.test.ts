/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityId, defaultCourseIri } from '../../src/model/activity-ids.js';
import { cmi5Violations, type Cmi5RuleLaunch } from '../support/cmi5-rules.js';
import { lessonStates, useCourseInBrowser } from '../support/course-in-browser.js';
import { startTestLrs, type Cmi5LaunchOptions, type TestLrs } from '../support/lrs.js';
import { testActor, verbNames } from '../support/lrs-launch.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(() => lrs?.close());

// The test plays the LMS (launch URL, fetch URL, LMS.LaunchData in the State API stand-in); the
// statements go to Learning Locker's real xapi-statements (test/support/lrs.ts).
// One try and no retake, so that one wrong answer finishes the course below the launch's mastery score.
const oneTry: Record<string, string> = {
  ...runtimeTestCourse,
  'course.yml': `${runtimeTestCourse['course.yml']}retake: none\n`,
  'lessons/recognising.md': (runtimeTestCourse['lessons/recognising.md'] ?? '').replace('{#q-signs graded}', '{#q-signs graded attempts=1}'),
};
/** While a test has two devices write one registration: the LRS answers the stale one's state write 412. */
let twoDevices = false;
/** While a test makes the LMS refuse the fetch URL: its 503 is not console noise. */
let fetchRefused = false;
const env = useCourseInBrowser(oneTry, {
  target: 'cmi5',
  allowResponse: (status, url) =>
    (fetchRefused && status === 503 && url.includes('/cmi5/fetch/')) ||
    (url.startsWith(lrs.endpoint) && ((status === 404 && /\/(activities\/state|agents\/profile)\?/.test(url)) || (twoDevices && status === 412 && url.includes('/activities/state?')))),
  // The warning of the test whose LMS refuses the fetch URL.
  allowWarnings: /^cmi5: the LMS gave no auth token \(status 503\)$/,
});

/** The AU's activity id in the package's cmi5.xml, as an LMS imports it. */
const auId = activityId(defaultCourseIri('respect-basics'), 'au');

/** Launches the AU as a cmi5 LMS does, and returns what the rules need to check the session. */
async function launch(page: Page, options: Partial<Cmi5LaunchOptions> = {}): Promise<Cmi5RuleLaunch> {
  const registration = options.registration ?? randomUUID();
  const contextTemplate = {
    contextActivities: { grouping: [{ id: auId }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() },
  };
  const made = lrs.cmi5Launch({ activityId: auId, actor: testActor, registration, moveOn: 'Completed', contextTemplate, ...options });
  await page.goto(`${env.launchUrl()}?${made.query}`);
  await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toMatch(/saved|review/);
  return {
    actor: testActor, registration, activityId: auId, contextTemplate, fetchUrl: made.fetchUrl,
    ...(options.launchMode ? { launchMode: options.launchMode } : {}),
    ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
  };
}

const ofRegistration = async (registration: string) =>
  (await lrs.statements()).filter((s) => (s.context as { registration?: string } | undefined)?.registration === registration);

async function finishCourse(page: Page, answer: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: answer }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
}

describe('a cmi5 package launched by an LMS', () => {
  it('keeps every cmi5 rule from initialized to terminated, and returns to the LMS on exit', async () => {
    const page = await env.newPage();
    const returnURL = env.server.url('__lms/returned.html');
    const session = await launch(page, { returnURL });
    await finishCourse(page, "Jokes at one person's expense");
    await expect.poll(() => page.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. Your learning system has recorded it.');
    await page.getByRole('button', { name: 'Exit' }).click();
    await page.waitForURL(returnURL);
    expect(await page.locator('h1').textContent()).toBe('Back in the test LMS');

    const statements = await ofRegistration(session.registration);
    expect(cmi5Violations(session, statements, lrs.requests())).toEqual([]);
    for (const statement of statements) expect(lrs.validate(statement)).toEqual([]);
    // The LMS's context template is carried whole, and the course version beside it for reports.
    for (const statement of statements) expect(statement.context).toMatchObject({ revision: '2027.1' });
    const verbs = verbNames(statements);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(1);
    expect(verbs).toContain('answered');
  });

  it('ends the session when the page goes, and after a reload neither fetches the token again nor sends anything more', async () => {
    const page = await env.newPage();
    const session = await launch(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status')).toBe('saved');
    // pagehide sends `terminated` (standards 4.19); after it, cmi5 allows nothing more in this session.
    await page.reload();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent()).toContain('open the course again from your learning system');
    expect(await page.locator('#cw-main').evaluate((main: HTMLElement) => main.inert)).toBe(true);
    const statements = await ofRegistration(session.registration);
    expect(cmi5Violations(session, statements, lrs.requests())).toEqual([]);
    expect(verbNames(statements).filter((verb) => verb === 'initialized')).toHaveLength(1);
    expect(verbNames(statements).at(-1)).toBe('terminated');
    expect(lrs.requests().filter((request) => request.method === 'POST' && request.path.startsWith(new URL(session.fetchUrl ?? '').pathname))).toHaveLength(1);
  });

  it('records nothing but initialized and terminated in Browse mode, and tells the learner', async () => {
    const page = await env.newPage();
    const session = await launch(page, { launchMode: 'Browse' });
    expect(await page.locator('#cw-save-status').textContent()).toBe('Review mode: nothing you do now is recorded.');
    // Said at the top as well, before the learner does anything.
    expect(await page.locator('[data-cw-notice="tracking"]').textContent()).toBe('Review mode: nothing you do now is recorded.');
    await finishCourse(page, "Jokes at one person's expense");
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent()).toContain('Nothing was recorded');
    const statements = await ofRegistration(session.registration);
    expect(verbNames(statements)).toEqual(['initialized', 'terminated']);
    expect(cmi5Violations(session, statements, lrs.requests())).toEqual([]);
  });

  it('judges pass or fail by the mastery score of LMS.LaunchData', async () => {
    const page = await env.newPage();
    const session = await launch(page, { masteryScore: 0.8, moveOn: 'CompletedAndPassed' });
    await finishCourse(page, 'A colleague asks for help');
    await expect.poll(() => page.locator('[data-cw-notice="outcome"]').textContent()).toBe('Your score is 0%; 80% is needed to pass.');
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
    const statements = await ofRegistration(session.registration);
    expect(cmi5Violations(session, statements, lrs.requests())).toEqual([]);
    const verbs = verbNames(statements);
    expect(verbs).toContain('failed');
    expect(verbs).not.toContain('passed');
  });

  it('keeps what a learner did when the LMS gave no credential at launch, and records it in their next session on that device', async () => {
    const registration = randomUUID();
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      fetchRefused = true;
      lrs.faults.set('refuse-fetch');
      const made = lrs.cmi5Launch({ activityId: auId, actor: testActor, registration, moveOn: 'Completed' });
      await page.goto(`${env.launchUrl()}?${made.query}`);
      await expect.poll(() => page.locator('[data-cw-notice="tracking"]').textContent(), { timeout: 15_000 }).toContain('recorded the next time you open the course');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => lessonStates(page.mainFrame())).toEqual(['complete', 'visited', 'new']);
      // A reload of the same launch does not use its one-time fetch URL again, even once the LMS would answer.
      lrs.faults.set('none');
      await page.reload();
      await expect.poll(() => page.locator('[data-cw-notice="tracking"]').textContent(), { timeout: 15_000 }).toContain('recorded the next time you open the course');
      expect(lrs.requests().filter((request) => request.method === 'POST' && request.path === new URL(made.fetchUrl).pathname).map((request) => request.status)).toEqual([503]);
      await page.getByRole('radio', { name: "Jokes at one person's expense" }).check();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.close({ runBeforeUnload: true });
      lrs.faults.set('none');
      fetchRefused = false;
      expect(await ofRegistration(registration)).toEqual([]);

      const again = await context.newPage();
      const session = await launch(again, { registration });
      await expect.poll(() => lessonStates(again.mainFrame())).toEqual(['complete', 'complete', 'complete']);
      await expect.poll(() => again.locator('[data-cw-notice="outcome"]').textContent(), { timeout: 10_000 }).toBe('You have completed this course. Your learning system has recorded it.');
      await again.getByRole('button', { name: 'Exit' }).click();
      await expect.poll(() => again.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
      const statements = await ofRegistration(registration);
      expect(cmi5Violations(session, statements, lrs.requests())).toEqual([]);
      const verbs = verbNames(statements);
      expect(verbs[0]).toBe('initialized');
      expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(1);
      expect(verbs.at(-1)).toBe('terminated');
      // The answer given while the LMS gave no credential is recorded once, in this session, dated when it was given.
      const answers = statements.filter((s) => verbNames([s])[0] === 'answered');
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ object: { id: expect.stringMatching(/\/interactions\/q-signs$/) }, result: { response: 'jokes-at-one-persons-expense', success: true } });
      expect(Date.parse(String(answers[0]!.timestamp))).toBeLessThan(Date.parse(String(statements[0]?.timestamp)));
    } finally {
      lrs.faults.set('none');
      fetchRefused = false;
      await context.close();
    }
  });

  it('keeps what the learner did in a launch on their phone when the launch they left open on a ward PC saves again', async () => {
    const registration = randomUUID();
    twoDevices = true;
    try {
      const wardPc = await env.newPage();
      await launch(wardPc, { registration });
      const phone = await env.newPage();
      await launch(phone, { registration });
      await finishCourse(phone, "Jokes at one person's expense");
      await expect.poll(() => phone.locator('#cw-save-status').textContent()).toBe('All progress saved.');
      const onPhone = await lessonStates(phone.mainFrame());
      await wardPc.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => wardPc.locator('#cw-save-status').textContent()).toBe('All progress saved.');
      const again = await env.newPage();
      await launch(again, { registration });
      expect(await lessonStates(again.mainFrame())).toEqual(onPhone);
      expect(await again.getByRole('radio', { name: "Jokes at one person's expense" }).isChecked()).toBe(true);
      expect(lrs.requests().filter((r) => r.method === 'PUT' && r.path.endsWith('/activities/state') && r.query.stateId === 'coursewright-state' && r.query.registration === registration).map((r) => r.status)).toContain(412);
    } finally {
      twoDevices = false;
    }
  });
});
