/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { randomUUID } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonStates, useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { isNoSavedStateYet, startTestLrs, type TestLrs } from '../support/lrs.js';
import { testActor, verbNames, xapiLaunchUrl } from '../support/lrs-launch.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { cspViolations, recordCspViolations } from '../support/csp-violations.js';
import { lessonShown } from '../support/play-course.js';
import { inspectPackage } from '../../src/inspect/inspect-package.js';
import { savedDocumentId } from '../../src/runtime/tracking/xapi/saved-document.js';
import { refuseDeviceStorage } from '../support/refuse-storage.js';

let lrs: TestLrs;
let lrsDown = false;
/** While a test has two devices write one attempt: the LRS answers the stale one's write 412. */
let twoDevices = false;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(() => lrs?.close());

// The LRS is Learning Locker's xapi-statements; only its State API is a stand-in (test/support/lrs.ts).
const env = useCourseInBrowser(runtimeTestCourse, {
  target: 'xapi',
  // The fault tests make the LRS fail.
  allowResponse: (status, url) => isNoSavedStateYet(lrs, status, url) || (url.startsWith(lrs.endpoint) && (lrsDown || (twoDevices && status === 412 && url.includes('/activities/state')))),
  allowWarnings: /not confirmed by the learning system|xAPI|LRS/,
});

/** Opens the course as an LRS launch link would, and waits for the first save. */
async function launch(page: Page, registration: string): Promise<void> {
  await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
  await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status'), { timeout: 5000 }).toBe('saved');
}

async function answerAndFinish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: "Jokes at one person's expense" }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await lessonShown(page.mainFrame(), 2);
}

/**
 * Opens a new attempt, makes the LRS misbehave as `fault` says, and plays `run`; afterwards the LRS
 * is well again whatever happened, and its refusals are not console noise meanwhile (`lrsDown`).
 */
async function withFaultyLrs(fault: () => void, run: (page: Page, registration: string) => Promise<void>, viewport?: { width: number; height: number }): Promise<void> {
  const registration = randomUUID();
  const page = await env.newPage(viewport);
  await launch(page, registration);
  lrsDown = true;
  fault();
  try {
    await run(page, registration);
  } finally {
    lrs.faults.set('none');
    lrs.faults.refuseStatements(undefined);
    lrsDown = false;
  }
}

const ofRegistration = async (registration: string) =>
  (await lrs.statements()).filter((s) => (s.context as { registration?: string } | undefined)?.registration === registration);

describe('an xAPI package with a real LRS', () => {
  it('sends statements HR can read without a codebook, then resumes from the State API', async () => {
    const registration = randomUUID();
    const page = await env.newPage();
    await recordCspViolations(page);
    await launch(page, registration);
    await answerAndFinish(page);
    await expect.poll(() => page.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. Your learning system has recorded it.');
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent()).toContain('Your progress is saved');
    // Every statement went to the LRS on http://127.0.0.1:<port> under the page's connect-src.
    expect(await cspViolations(page.mainFrame())).toEqual([]);

    const statements = await ofRegistration(registration);
    for (const statement of statements) expect(lrs.validate(statement), JSON.stringify(statement)).toEqual([]);
    const verbs = verbNames(statements);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(1);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const statement of statements) expect(statement.actor).toMatchObject(testActor);
    // Activity ids are the same in every release: the course version is how a report tells them apart.
    for (const statement of statements) expect(statement.context).toMatchObject({ revision: '2027.1' });

    const answered = statements.find((s) => verbNames([s])[0] === 'answered');
    expect(answered).toMatchObject({
      object: {
        definition: {
          description: { en: 'Which of these is an early warning sign?' },
          interactionType: 'choice',
          choices: [
            { id: 'a-colleague-asks-for-help', description: { en: 'A colleague asks for help' } },
            { id: 'jokes-at-one-persons-expense', description: { en: "Jokes at one person's expense" } },
          ],
          correctResponsesPattern: ['jokes-at-one-persons-expense'],
        },
      },
      result: { response: 'jokes-at-one-persons-expense', success: true },
    });
    // Every request to the LRS says which xAPI version it speaks (preflights carry no headers).
    const requests = lrs.requests().filter((request) => request.method !== 'OPTIONS');
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) expect(request.headers['x-experience-api-version']).toBe('1.0.3');

    const again = await env.newPage();
    await again.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
    await expect.poll(() => visibleLessons(again.mainFrame())).toEqual(['lesson-wrap-up']);
    expect(await lessonStates(again.mainFrame())).toEqual(['complete', 'complete', 'complete']);

    // What support reads when this learner says their progress was lost: the State API document,
    // read with the package (`inspect --state`) as the player read it back above.
    const courseActivity = (statements[0]?.object as { id: string }).id;
    const document = lrs.state(courseActivity, testActor, savedDocumentId, registration);
    const saved = (await inspectPackage(env.pkg.zip, 'xapi.zip', { savedState: JSON.stringify(document) })).savedState;
    expect(saved).toMatchObject({ status: 'restored', resumesAt: { lesson: 3 }, toDo: [], outcome: { status: 'completed' } });
    expect(saved?.lessons.every((lesson) => lesson.opened)).toBe(true);
    expect(saved?.blocks.find((block) => block.kind === 'check')).toMatchObject({ done: true, detail: 'answered jokes-at-one-persons-expense (right), 1 attempt' });
  });

  it('delivers every statement exactly once and the right result when the LRS is down for a while', async () => {
    await withFaultyLrs(() => lrs.faults.set('refuse'), async (page, registration) => {
      await answerAndFinish(page);
      await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status'), { timeout: 8000 }).toBe('unsaved');
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/All progress saved|recorded it/);
      lrs.faults.set('none');
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect.poll(() => page.locator('#cw-save-status').textContent(), { timeout: 10_000 }).toBe('All progress saved.');
      await expect.poll(() => page.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. Your learning system has recorded it.');
      const statements = await ofRegistration(registration);
      const verbs = verbNames(statements);
      expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(1);
      expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(1);
      expect(verbs.filter((verb) => verb === 'experienced')).toHaveLength(3);
      expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    });
  });

  it('gives up on a request a dead connection never answers, says so, and sends everything once the network is back', async () => {
    const registration = randomUUID();
    const page = await env.newPage();
    await page.clock.install();
    await launch(page, registration);
    // The connection goes dead: statements are sent but never answered (held here, as a half-open socket would).
    const held: Route[] = [];
    let dead = true;
    await page.route(`${lrs.endpoint}statements**`, (route) => (dead ? void held.push(route) : route.continue()));
    lrsDown = true;
    try {
      await answerAndFinish(page);
      await expect.poll(() => held.length).toBeGreaterThan(0);
      expect(await page.locator('#cw-save-status').getAttribute('data-status')).toBe('saving');
      await page.clock.fastForward('00:31');
      await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status'), { timeout: 8000 }).toBe('unsaved');
      dead = false;
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect.poll(() => page.locator('#cw-save-status').textContent(), { timeout: 10_000 }).toBe('All progress saved.');
      const verbs = verbNames(await ofRegistration(registration));
      expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(1);
      expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(1);
    } finally {
      lrsDown = false;
      await Promise.all(held.map((route) => route.abort().catch(() => undefined)));
    }
  });

  it('never says "saved" or "completed" when the LRS refuses everything, and says so at exit', async () => {
    await withFaultyLrs(() => lrs.faults.set('refuse'), async (page, registration) => {
      await answerAndFinish(page);
      await page.getByRole('button', { name: 'Exit' }).click();
      await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent(), { timeout: 8000 }).toContain('not saved there yet');
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/progress is saved|All progress saved|recorded it/);
      // What was sent before the LRS went down (the opening and the first lesson), nothing after.
      expect(verbNames(await ofRegistration(registration))).toEqual(['initialized', 'experienced']);
    });
  });

  it('shows a learner on a phone that nothing is saved beside Next and Exit, where they are when they move on or leave', async () => {
    await withFaultyLrs(() => lrs.faults.set('refuse'), async (page) => {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('radio', { name: "Jokes at one person's expense" }).check();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      const line = page.locator('#cw-save-status');
      await expect.poll(() => line.getAttribute('data-status'), { timeout: 8000 }).toBe('unsaved');
      // The learner scrolls on to Next: the warning is on the screen with it, and with Exit.
      const next = page.getByRole('button', { name: 'Next' });
      await next.scrollIntoViewIfNeeded();
      const onScreen = (locator: typeof line) => locator.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(await onScreen(next)).toBe(true);
      expect(await onScreen(page.getByRole('button', { name: 'Exit' }))).toBe(true);
      expect(await onScreen(line)).toBe(true);
      expect(await line.textContent()).toContain('Not saved yet');
      // The lesson is taller than the screen: its top, with the course title, is out of sight.
      expect(await onScreen(page.locator('.cw-course-title'))).toBe(false);
    }, { width: 360, height: 640 });
  });

  it('records the rest when the LRS refuses one statement for good, and says one record was refused, never "All progress saved"', async () => {
    // A stricter LRS than ours, played by the test LRS: it refuses the check's answer.
    const refuseCheck = () => lrs.faults.refuseStatements((statement) => String((statement.object as { id?: string }).id).endsWith('/interactions/q-signs'));
    await withFaultyLrs(refuseCheck, async (page, registration) => {
      await answerAndFinish(page);
      await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('partial');
      expect(await page.locator('#cw-save-status').textContent()).toBe('Saved, except one record your learning system refused. Everything else is saved; please tell your course administrator.');
      // Said to a screen reader too, wherever the learner is on the page.
      await expect.poll(() => page.locator('#cw-live').textContent()).toBe('Saved, except one record your learning system refused. Everything else is saved; please tell your course administrator.');
      await page.getByRole('button', { name: 'Exit' }).click();
      await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent(), { timeout: 8000 }).toContain('except one record your learning system refused');
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/All progress saved/);
      const verbs = verbNames(await ofRegistration(registration));
      expect(verbs).toContain('completed');
      expect(verbs).not.toContain('answered');
      expect(verbs.at(-1)).toBe('terminated');
    });
  });

  it('says the session is no longer accepted (401) and to open the course again, not to check the connection, and offers no retry at exit', async () => {
    await withFaultyLrs(() => lrs.faults.set('reject-auth'), async (page) => {
      await answerAndFinish(page);
      await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('expired');
      expect(await page.locator('#cw-save-status').textContent()).toContain('no longer accepts this session');
      await page.getByRole('button', { name: 'Exit' }).click();
      const notice = page.locator('[data-cw-notice="exit"]');
      await expect.poll(() => notice.textContent(), { timeout: 8000 }).toContain('open the course again from your learning system');
      expect(await notice.getByRole('button').count()).toBe(0);
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/progress is saved|All progress saved|recorded it|check your connection/i);
    });
  });

  it('resumes from the last confirmed point after the tab is closed while the LRS was unreachable', async () => {
    const registration = randomUUID();
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      await launch(page, registration);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => page.locator('#cw-save-status').getAttribute('data-status')).toBe('saved');
      lrsDown = true;
      lrs.faults.set('drop');
      await page.getByRole('radio', { name: "Jokes at one person's expense" }).check();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.close({ runBeforeUnload: true });
      lrs.faults.set('none');
      lrsDown = false;

      // The same browser: what did not arrive is restored from the device and sent now, once.
      const again = await context.newPage();
      await again.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
      await expect.poll(() => visibleLessons(again.mainFrame())).toEqual(['lesson-recognising']);
      expect(await again.getByRole('radio', { name: "Jokes at one person's expense" }).isChecked()).toBe(true);
      await expect.poll(() => again.locator('#cw-save-status').getAttribute('data-status')).toBe('saved');
      expect(verbNames(await ofRegistration(registration)).filter((verb) => verb === 'answered')).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
  it('says nothing is kept for the next launch when the LRS is out of reach and the browser keeps nothing on the device', async () => {
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      await refuseDeviceStorage(page);
      lrsDown = true;
      lrs.faults.set('drop');
      await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, randomUUID()));
      await expect.poll(() => page.locator('[data-cw-notice="tracking"]').textContent(), { timeout: 15_000 }).toBe(
        'The learning system did not start a session for this launch, so your progress is not being recorded, and this browser does not let the course keep your place on this device. Your place is lost when you close this window.',
      );
    } finally {
      lrs.faults.set('none');
      lrsDown = false;
      await context.close();
    }
  });

  it('keeps what a learner did while the LRS was out of reach at launch, and records it at their next launch on that device, not at another learner\'s', async () => {
    const registration = randomUUID();
    const context = await env.browser.newContext();
    try {
      // The LRS cannot be reached when the learner opens the course: they go through it anyway.
      const page = await context.newPage();
      lrsDown = true;
      lrs.faults.set('drop');
      await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
      await expect.poll(() => page.locator('[data-cw-notice="tracking"]').textContent(), { timeout: 15_000 }).toBe(
        'The learning system did not respond, so your progress is not being recorded now. It is kept on this device, and recorded the next time you open the course from the learning system on this device.',
      );
      await answerAndFinish(page);
      // Not recorded now, as the notice above says, and nothing claims otherwise.
      await expect.poll(() => page.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have reached the end of this course. Your learning system has not recorded it.');
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/All progress saved|has recorded it|not recorded in/);
      await page.close({ runBeforeUnload: true });
      lrs.faults.set('none');
      lrsDown = false;
      expect(await ofRegistration(registration)).toEqual([]);

      // A colleague opens the same course on this shared PC: their own attempt, from the start.
      const colleague = { ...testActor, name: 'Dev Patel', account: { ...testActor.account, name: 'learner-2' } };
      const theirs = await context.newPage();
      await theirs.goto(xapiLaunchUrl(env.launchUrl(), lrs, randomUUID(), colleague));
      await expect.poll(() => theirs.locator('#cw-save-status').getAttribute('data-status')).toBe('saved');
      expect(await visibleLessons(theirs.mainFrame())).toEqual(['lesson-welcome']);
      expect(await lessonStates(theirs.mainFrame())).toEqual(['complete', 'new', 'new']);
      await theirs.close();

      // The learner's next launch on this device carries on where they were, and the LRS records it.
      const again = await context.newPage();
      await again.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
      await expect.poll(() => visibleLessons(again.mainFrame())).toEqual(['lesson-wrap-up']);
      expect(await lessonStates(again.mainFrame())).toEqual(['complete', 'complete', 'complete']);
      expect(await again.locator('[data-cw-notice="tracking"]').count()).toBe(0);
      await expect.poll(() => again.locator('#cw-save-status').textContent(), { timeout: 10_000 }).toBe('All progress saved.');
      await expect.poll(() => again.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. Your learning system has recorded it.');
      expect(verbNames(await ofRegistration(registration)).filter((verb) => verb === 'completed')).toHaveLength(1);
      // The answer given offline reaches HR's reports as any answer does, once, dated when it was given.
      const recorded = await ofRegistration(registration);
      const answers = recorded.filter((s) => verbNames([s])[0] === 'answered');
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ object: { id: expect.stringMatching(/\/interactions\/q-signs$/) }, result: { response: 'jokes-at-one-persons-expense', success: true } });
      expect(lrs.validate(answers[0]!)).toEqual([]);
      const initialized = recorded.find((s) => verbNames([s])[0] === 'initialized');
      expect(Date.parse(String(answers[0]!.timestamp))).toBeLessThan(Date.parse(String(initialized?.timestamp)));
      // What support would read: the State API holds the learner's whole progress.
      const courseActivity = ((await ofRegistration(registration))[0]?.object as { id: string }).id;
      const stored = lrs.state(courseActivity, testActor, savedDocumentId, registration);
      const saved = (await inspectPackage(env.pkg.zip, 'xapi.zip', { savedState: JSON.stringify(stored) })).savedState;
      expect(saved).toMatchObject({ status: 'restored', resumesAt: { lesson: 3 }, outcome: { status: 'completed' } });
    } finally {
      lrs.faults.set('none');
      lrsDown = false;
      await context.close();
    }
  });

  it('says the learning system did not start a session, not that it did not respond, when the LRS refuses the launch\u2019s credential; and keeps nothing for that attempt', async () => {
    const registration = randomUUID();
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      lrsDown = true;
      lrs.faults.set('reject-auth');
      await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
      await expect.poll(() => page.locator('[data-cw-notice="tracking"]').textContent(), { timeout: 15_000 }).toBe(
        'The learning system did not start a session for this launch, so your progress is not being recorded. Your place is kept on this device only.',
      );
      await page.getByRole('button', { name: 'Next' }).click();
      await lessonShown(page.mainFrame(), 1);
      await page.close({ runBeforeUnload: true });
      lrs.faults.set('none');
      lrsDown = false;
      // A launch link refused (expired, or someone else's reopened from history) carries nothing into the attempt.
      const again = await context.newPage();
      await launch(again, registration);
      expect(await visibleLessons(again.mainFrame())).toEqual(['lesson-welcome']);
      expect(await lessonStates(again.mainFrame())).toEqual(['complete', 'new', 'new']);
      // The first lesson, seen now; not the second, seen in the refused launch.
      expect(verbNames(await ofRegistration(registration))).toEqual(['initialized', 'experienced']);
    } finally {
      lrs.faults.set('none');
      lrsDown = false;
      await context.close();
    }
  });

  it('never lets what a page left offline replace later progress: offline, tracked but unsent, offline, tracked', async () => {
    const registration = randomUUID();
    const url = xapiLaunchUrl(env.launchUrl(), lrs, registration);
    const context = await env.browser.newContext();
    const offline = async (): Promise<Page> => {
      lrs.faults.set('drop');
      const page = await context.newPage();
      await page.goto(url);
      await expect.poll(() => page.locator('[data-cw-notice="tracking"]').count(), { timeout: 15_000 }).toBe(1);
      return page;
    };
    lrsDown = true;
    try {
      // Offline, the learner moves on and the tab is closed at once.
      const first = await offline();
      await first.getByRole('button', { name: 'Next' }).click();
      await lessonShown(first.mainFrame(), 1);
      await first.close({ runBeforeUnload: true });
      // Tracked: the LRS takes the launch, then drops out while the learner finishes; the tab is closed unsent.
      lrs.faults.set('none');
      const tracked = await context.newPage();
      await tracked.goto(url);
      await expect.poll(() => visibleLessons(tracked.mainFrame()), { timeout: 10_000 }).toEqual(['lesson-recognising']);
      await expect.poll(() => tracked.locator('#cw-save-status').getAttribute('data-status')).toBe('saved');
      lrs.faults.set('drop');
      await tracked.getByRole('radio', { name: "Jokes at one person's expense" }).check();
      await tracked.getByRole('button', { name: 'Check', exact: true }).click();
      await tracked.getByRole('button', { name: 'Next' }).click();
      await lessonShown(tracked.mainFrame(), 2);
      await tracked.close({ runBeforeUnload: true });
      // Offline again: the course is where the learner finished it.
      const again = await offline();
      await expect.poll(() => lessonStates(again.mainFrame())).toEqual(['complete', 'complete', 'complete']);
      await again.close({ runBeforeUnload: true });
      lrs.faults.set('none');
      lrsDown = false;
      const last = await context.newPage();
      await last.goto(url);
      await expect.poll(() => last.locator('[data-cw-notice="outcome"]').textContent(), { timeout: 10_000 }).toBe('You have completed this course. Your learning system has recorded it.');
      expect(await lessonStates(last.mainFrame())).toEqual(['complete', 'complete', 'complete']);
      expect(verbNames(await ofRegistration(registration)).filter((verb) => verb === 'completed')).toHaveLength(1);
    } finally {
      lrs.faults.set('none');
      lrsDown = false;
      await context.close();
    }
  });

  it('keeps what the learner did on their phone when the ward PC they left open saves again: the next launch has both', async () => {
    const registration = randomUUID();
    twoDevices = true;
    try {
      const wardPc = await env.newPage();
      await launch(wardPc, registration);
      // On the phone, the same attempt: the check answered, on to the last lesson.
      const phone = await env.newPage();
      await launch(phone, registration);
      await answerAndFinish(phone);
      await expect.poll(() => phone.locator('#cw-save-status').textContent()).toBe('All progress saved.');
      const onPhone = await lessonStates(phone.mainFrame());
      // Back on the ward, the PC still shows the first lesson, and saves when the learner moves on.
      await wardPc.getByRole('button', { name: 'Next' }).click();
      await lessonShown(wardPc.mainFrame(), 1);
      await expect.poll(() => wardPc.locator('#cw-save-status').textContent()).toBe('All progress saved.');
      const again = await env.newPage();
      await again.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
      await expect.poll(() => visibleLessons(again.mainFrame())).toEqual(['lesson-recognising']); // where the learner is now
      expect(await lessonStates(again.mainFrame())).toEqual(onPhone);
      await expect.poll(() => again.getByRole('radio', { name: "Jokes at one person's expense" }).isChecked()).toBe(true);
      // The PC learnt of the phone's writes from the LRS's refusal of its own (If-Match, standards 3.21).
      expect(lrs.requests().filter((r) => r.method === 'PUT' && r.path.endsWith('/activities/state') && r.query.registration === registration).map((r) => r.status)).toContain(412);
    } finally {
      twoDevices = false;
    }
  });
});
