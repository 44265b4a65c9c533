/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import type { RuntimeData } from '../../src/model/runtime-data.js';
import { decisionId } from '../../src/model/decision-id.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { visibleLessons } from '../support/course-in-browser.js';
import { passCourse, readEveryLesson, reflectionSecret, runtimeData } from '../support/play-course.js';
import { auditLayout, auditWcag, injectAxe } from '../support/page-audits.js';
import { expectCleanSession, setValues } from '../support/lms-checks.js';
import { expectClean2004Session, set2004Values } from '../support/scorm2004-checks.js';
import { firstLaunchData, openInLms, relaunchInLms, type CmiFor, type LmsSession } from '../support/scorm12-lms.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { startTestLrs, type TestLrs } from '../support/lrs.js';
import { testActor, verbNames, xapiLaunchUrl } from '../support/lrs-launch.js';
import { cmi5Violations } from '../support/cmi5-rules.js';
import { activityId } from '../../src/model/activity-ids.js';
import { unzipTo } from '../support/unzip-to.js';
import { validateScorm12Manifest, validateScorm2004Manifest } from '../support-package/validate-xsd.js';

/** The sample courses, built by the real pipeline from courses/, as `npm run samples` does. */
const samples = ['getting-started', 'respect-at-work'] as const;
const root = join(import.meta.dirname, '..', '..');
let work: string;
let browser: Browser;
let server: StaticServer;
let lrs: TestLrs;
/** Each sample's course IRI (an edition's: `<course.yml iri>/<edition>`): the cmi5 AU id is built from it. */
const iris: Record<string, string> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cw-samples-'));
  for (const name of samples) {
    // The flagship's employee edition in English: the manager edition and the Spanish builds are
    // played in flagship-editions.e2e.test.ts.
    const variant = name === 'respect-at-work' ? { editions: ['employee'] } : {};
    const result = await compileCourse({ dir: join(root, 'courses', name), targets: ['scorm12', 'scorm2004', 'xapi', 'cmi5'], outDir: join(work, 'dist'), ...variant });
    expect(result.diagnostics).toEqual([]);
    // SCORM 1.2 at site/<name>/, the others at site/<name>-<target>/.
    for (const artifact of result.artifacts.filter((a) => a.language === undefined || a.language === 'en')) {
      await unzipTo(artifact.path ?? '', join(work, 'site', artifact.target === 'scorm12' ? name : `${name}-${artifact.target}`));
    }
    iris[name] = result.variants.find((variant) => variant.language === 'en')?.iri ?? '';
  }
  lrs = await startTestLrs();
  browser = await launchBrowser();
  server = await startStaticServer(join(work, 'site'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await lrs?.close();
  await rm(work, { recursive: true, force: true });
});

/** The SCORM versions the samples are played in, each in its test LMS. */
type ScormKind = 'scorm12' | 'scorm2004';

/**
 * Opens a sample's SCORM package in a first launch, in the test LMS of its version. A SCORM 2004
 * LMS gives the passing score of the manifest's primary objective, as real ones do.
 */
async function launch<K extends ScormKind = 'scorm12'>(name: string, kind: K = 'scorm12' as K): Promise<{ page: Page; lms: LmsSession<CmiFor<K>> }> {
  const page = await (await newContext(browser)).newPage();
  const site = kind === 'scorm12' ? name : `${name}-${kind}`;
  const passing = kind === 'scorm2004' ? /<imsss:minNormalizedMeasure>([^<]+)</.exec(await readFile(join(work, 'site', site, 'imsmanifest.xml'), 'utf8'))?.[1] : undefined;
  const initialData = { ...firstLaunchData(kind), ...(passing ? { scaled_passing_score: passing } : {}) };
  const lms = await openInLms(page, { kind, courseUrl: server.url(`${site}/index.html`), initialData });
  return { page, lms };
}

/** Text typed into every reflection: it must never reach the LMS or LRS. */
const secret = reflectionSecret;

/** Plays respect-at-work as a learner who passes (see `passCourse`). */
async function passRespectAtWork(page: Page, frame: Frame): Promise<{ data: RuntimeData; secret: string }> {
  return { data: await passCourse(page, frame), secret };
}

/**
 * Coming back to respect-at-work after passing it (the LMS kept the state; reflections come back
 * from this device only): the course opens on the last lesson, and every block is as the learner
 * left it.
 */
async function expectRespectAtWorkResumed(again: Frame, data: RuntimeData): Promise<void> {
  expect(await visibleLessons(again)).toEqual([`lesson-${data.lessons.at(-1)?.id ?? ''}`]);
  // Each block as the learner finds it on opening its lesson (lessons load as they are opened).
  const block = async (id: string): Promise<Locator> => {
    const lesson = data.blocks.find((b) => b.id === id)?.lesson;
    if (lesson === undefined) throw new Error(`the sample course has no block ${id}`);
    await again.locator('#cw-menu-toggle').click();
    await again.locator(`.cw-menu-link[data-lesson="${lesson}"]`).click();
    await again.locator(`[data-cw-block="${id}"][data-cw-mounted]`).waitFor();
    return again.locator(`[data-cw-block="${id}"]`);
  };
  expect(await (await block('r-one-step')).locator('textarea').inputValue()).toBe(`${secret} r-one-step`);
  expect(await (await block('ack-policy')).getByRole('status').textContent()).toMatch(/^Acknowledged on/);
  expect(await (await block('break-room')).locator('.cw-debrief__summary').textContent()).toBe('You made the recommended choice at every step.');
  expect(await (await block('q-early-sign')).locator('[role="status"]').textContent()).toContain('Correct.');
  const order = data.blocks.find((b) => b.kind === 'practice' && b.mode === 'order');
  if (order?.kind !== 'practice') throw new Error('the sample course has no order practice');
  expect(await (await block(order.id)).locator('.cw-order__item .cw-practice__label').allTextContents()).toEqual(order.techniques.map((t) => t.label));
}

describe('the sample courses', () => {
  it.each(samples)('%s has a manifest valid against the official SCORM 1.2 XSDs', async (name) => {
    const xml = await readFile(join(work, 'site', name, 'imsmanifest.xml'), 'utf8');
    expect(await validateScorm12Manifest(xml)).toEqual({ valid: true, errors: [] });
  });

  it.each(samples)('%s has a manifest valid against the official SCORM 2004 4th Edition XSDs', async (name) => {
    const xml = await readFile(join(work, 'site', `${name}-scorm2004`, 'imsmanifest.xml'), 'utf8');
    expect(await validateScorm2004Manifest(xml)).toEqual({ valid: true, errors: [] });
  });

  it.each(samples)('%s: every lesson fits a 360 × 740 phone and has no axe-core WCAG 2.1 A/AA problems', async (name) => {
    const page = await (await newContext(browser, { width: 360, height: 740 })).newPage();
    await page.goto(server.url(`${name}/index.html`));
    await injectAxe(page);
    const data = await runtimeData(page.mainFrame());
    for (const lesson of data.lessons) {
      await page.locator(`.cw-menu-link[href="#lesson-${lesson.id}"]`).evaluate((link: HTMLElement) => link.click());
      await page.locator(`#lesson-${lesson.id}`).waitFor({ state: 'visible' });
      expect({ lesson: lesson.id, ...(await auditLayout(page)) }).toEqual({ lesson: lesson.id, fits: true, small: [] });
      expect({ lesson: lesson.id, violations: await auditWcag(page) }).toEqual({ lesson: lesson.id, violations: [] });
    }
  });

  it('getting-started plays to completed in the LMS, with one initialize and one finish', async () => {
    const { lms } = await launch('getting-started');
    const frame = lms.course;
    await readEveryLesson(frame);
    expect((await lms.cmi()).core.lesson_status).toBe('completed');
    await frame.getByRole('button', { name: 'Exit' }).click();
    const calls = await expectCleanSession(lms);
    expect(setValues(calls, 'cmi.core.lesson_status')).toEqual(['incomplete', 'completed']);
    expect(setValues(calls, 'cmi.core.exit').at(-1)).toBe('');
  });

  it('respect-at-work: a learner passes by deciding, answering, practising and acknowledging; reflections stay private', async () => {
    const { page, lms } = await launch('respect-at-work');
    const frame = lms.course;
    const { data, secret } = await passRespectAtWork(page, frame);
    const cmi = await lms.cmi();
    expect(cmi.core.lesson_status).toBe('passed');
    expect(Number(cmi.core.score.raw)).toBeGreaterThanOrEqual(data.masteryScore ?? 0);
    const ids = Object.values(cmi.interactions).map((i) => i.id);
    expect(ids).toContain('break-room.intro');
    expect(ids).toContain('ack-policy');
    await frame.getByRole('button', { name: 'Exit' }).click();

    const calls = await expectCleanSession(lms);
    const scoreAt = calls.findIndex((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.score.raw');
    const passedAt = calls.findIndex((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status' && c.args[1] === 'passed');
    expect(scoreAt).toBeGreaterThanOrEqual(0);
    expect(scoreAt).toBeLessThan(passedAt);
    expect(calls.filter((c) => c.args.some((a) => a.includes(secret)))).toEqual([]);

    await expectRespectAtWorkResumed((await relaunchInLms(page, lms)).course, data);
  });

  it('respect-at-work: a wrong answer, then the right one, shows feedback, counts attempts and scores', async () => {
    const { lms } = await launch('respect-at-work');
    const frame = lms.course;
    const data = await runtimeData(frame);
    const check = data.blocks.find((b) => b.id === 'q-early-sign');
    if (check?.kind !== 'check') throw new Error('the sample course has no q-early-sign check');
    await frame.locator(`.cw-menu-link[href="#lesson-${data.lessons[check.lesson]?.id ?? ''}"]`).evaluate((link: HTMLElement) => link.click());
    const el = frame.locator('[data-cw-block="q-early-sign"]');
    const wrong = check.options.find((o) => !o.correct);
    const right = check.options.find((o) => o.correct);
    await el.locator(`input[value="${wrong?.code ?? ''}"]`).check();
    await el.getByRole('button', { name: 'Check', exact: true }).click();
    const status = el.getByRole('status');
    expect(await status.textContent()).toContain('Not quite.');
    expect(await status.textContent()).toContain('You have 1 more try.');
    const feedback = (wrong?.feedbackHtml ?? '').replace(/<[^>]+>/g, '').trim();
    expect(await status.textContent()).toContain(feedback.slice(0, 30));
    await el.locator(`input[value="${right?.code ?? ''}"]`).check();
    await el.getByRole('button', { name: 'Check', exact: true }).click();
    expect(await status.textContent()).toContain('Correct.');
    expect(await el.getByRole('button', { name: 'Check', exact: true }).isVisible().catch(() => false)).toBe(false);

    const cmi = await lms.cmi();
    // No score until the course is complete: the manifest's mastery score would let the LMS turn a
    // partial score into "failed" when the learner leaves (mastery override, Moodle's default).
    expect(cmi.core.score.raw).toBe('');
    // Right on the second try earns the check its full score, kept for the course score at the end.
    expect(cmi.suspend_data).toMatch(/"q-early-sign":\{[^}]*"a":2[^}]*"s":1[^}]*\}/);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(Object.values(cmi.interactions).map((i) => [i.id, i.student_response, i.result])).toEqual([
      ['q-early-sign', wrong?.code, 'wrong'],
      ['q-early-sign', right?.code, 'correct'],
    ]);
  });
});

describe('the sample courses in SCORM 2004 packages, in a SCORM 2004 LMS (scorm-again Scorm2004API)', () => {
  it('getting-started plays to completed, with one Initialize and one Terminate', async () => {
    const { lms } = await launch('getting-started', 'scorm2004');
    await readEveryLesson(lms.course);
    await lms.course.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => lms.count('Terminate')).toBe(1);
    const calls = await expectClean2004Session(lms);
    // Nothing graded and no pass mark: completed, success unknown, no score.
    expect(await lms.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'unknown', exit: 'normal', progress_measure: '1' });
    expect(set2004Values(calls, 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    expect(set2004Values(calls, 'cmi.score.raw')).toEqual([]);
  });

  it('respect-at-work: a learner passes by keyboard along the recommended paths, reported in 2004 formats, and resumes', async () => {
    const { page, lms } = await launch('respect-at-work', 'scorm2004');
    const frame = lms.course;
    const { data } = await passRespectAtWork(page, frame);
    const notice = frame.locator('[data-cw-notice="outcome"]');
    await expect.poll(() => notice.textContent(), { timeout: 5000 }).toMatch(/^You have passed this course with a score of \d+%\. Your learning system has recorded it\.$/);
    const score = /with a score of (\d+)%/.exec((await notice.textContent()) ?? '')?.[1];
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => lms.count('Terminate')).toBe(1);
    // One Initialize and one Terminate, no API error, every value in its 2004 format.
    const calls = await expectClean2004Session(lms);
    const cmi = await lms.cmi();
    expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal', progress_measure: '1', location: data.lessons.at(-1)?.id });
    expect(set2004Values(calls, 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    expect(set2004Values(calls, 'cmi.success_status')).toEqual(['unknown', 'passed']);
    // The score the learner was told is the one the LMS holds, raw 0–100 and scaled 0–1.
    expect(cmi.score).toMatchObject({ raw: score, min: '0', max: '100' });
    expect(Number(cmi.score.raw)).toBeGreaterThanOrEqual(data.masteryScore ?? 100);
    expect(Number(cmi.score.scaled)).toBeCloseTo(Number(cmi.score.raw) / 100, 7);
    // Progress only grows, lesson by lesson, to 1.
    const progress = set2004Values(calls, 'cmi.progress_measure').map(Number);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);

    // Interactions by their activity ids, one row per question or decision point (nothing retried).
    const iri = iris['respect-at-work'] ?? '';
    const rows = Object.values(cmi.interactions);
    const ids = rows.map((row) => String(row.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) {
      expect(String(row.id)).toMatch(new RegExp(`^${iri.replace(/[.]/g, '\\.')}/interactions/`));
      expect(row.description).toMatch(/^\{lang=en\}\S/);
    }
    const byId = (id: string) => rows.find((row) => row.id === activityId(iri, 'interaction', id));
    const scenario = data.blocks.find((b) => b.id === 'break-room');
    if (scenario?.kind !== 'scenario') throw new Error('the sample course has no break-room scenario');
    // Each decision point on the recommended path: the step is the question, the choice the response.
    for (const nodeId of scenario.recommendedPath) {
      const node = scenario.nodes.find((n) => n.id === nodeId);
      const choice = node?.choices.find((c) => c.recommended);
      if (!node || !choice) continue;
      expect(byId(decisionId('break-room', node.id))).toMatchObject({ type: 'choice', learner_response: choice.id, result: 'correct' });
    }
    const check = data.blocks.find((b) => b.id === 'q-early-sign');
    if (check?.kind !== 'check') throw new Error('the sample course has no q-early-sign check');
    expect(byId('q-early-sign')).toMatchObject({ type: 'choice', result: 'correct', description: `{lang=en}${check.prompt.replace(/\s+/g, ' ').trim()}`.slice(0, 258) });
    // The acknowledgement names the policy and version agreed to, in the response and the description.
    expect(byId('ack-policy')).toMatchObject({ type: 'fill-in', learner_response: 'Acknowledged: Dignity at Work Policy, version 2027.1', result: 'neutral' });
    expect(String(byId('ack-policy')?.description)).toMatch(/^\{lang=en\}Acknowledged: Dignity at Work Policy, version 2027\.1 — I have read/);
    expect(rows.filter((row) => row.type === 'sequencing')).toHaveLength(1);
    expect(calls.filter((c) => c.args.some((a) => a.includes(secret)))).toEqual([]);

    // Coming back: the same lesson and answers, and revisiting the finished course reports nothing again.
    const second = await relaunchInLms(page, lms);
    expect((await second.cmi()).location).toBe(data.lessons.at(-1)?.id);
    await expectRespectAtWorkResumed(second.course, data);
    await second.course.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => second.count('Terminate')).toBe(1);
    await expectClean2004Session(second);
    expect(Object.keys((await second.cmi()).interactions)).toHaveLength(rows.length);
  });
});

/** Opens a sample's xAPI or cmi5 package as an LRS or cmi5 LMS launches it; returns the registration. */
async function launchLrsPackage(name: string, target: 'xapi' | 'cmi5', page: Page): Promise<{ registration: string; check: (statements: Record<string, unknown>[]) => string[] }> {
  const registration = randomUUID();
  const courseUrl = server.url(`${name}-${target}/index.html`);
  if (target === 'xapi') {
    await page.goto(xapiLaunchUrl(courseUrl, lrs, registration));
    return { registration, check: () => [] };
  }
  const au = activityId(iris[name] ?? '', 'au');
  const contextTemplate = { contextActivities: { grouping: [{ id: au }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() } };
  const made = lrs.cmi5Launch({ activityId: au, actor: testActor, registration, moveOn: 'CompletedAndPassed', contextTemplate });
  // The LRS is shared by this file's tests: the request rules look at this session's requests only.
  const before = lrs.requests().length;
  await page.goto(`${courseUrl}?${made.query}`);
  const launch = { actor: testActor, registration, activityId: au, contextTemplate, fetchUrl: made.fetchUrl };
  return { registration, check: (statements) => cmi5Violations(launch, statements, lrs.requests().slice(before)) };
}

describe.each(['xapi', 'cmi5'] as const)('the sample courses in %s packages, with a real LRS', (target) => {
  const statementsOf = async (registration: string) =>
    (await lrs.statements()).filter((s) => (s.context as { registration?: string } | undefined)?.registration === registration);

  it('getting-started plays to completed', async () => {
    const page = await (await newContext(browser)).newPage();
    const { registration, check } = await launchLrsPackage('getting-started', target, page);
    await readEveryLesson(page.mainFrame());
    await expect.poll(() => page.locator('[data-cw-notice="outcome"]').textContent(), { timeout: 5000 }).toBe('You have completed this course. Your learning system has recorded it.');
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent(), { timeout: 5000 }).toContain('Your progress is saved');
    const statements = await statementsOf(registration);
    expect(verbNames(statements).filter((verb) => verb === 'completed')).toHaveLength(1);
    expect(verbNames(statements).at(-1)).toBe('terminated');
    for (const statement of statements) expect(lrs.validate(statement)).toEqual([]);
    expect(check(statements)).toEqual([]);
  });

  it('respect-at-work: a learner passes by keyboard along the recommended paths; reflections are never sent', async () => {
    const page = await (await newContext(browser)).newPage();
    const { registration, check } = await launchLrsPackage('respect-at-work', target, page);
    await passRespectAtWork(page, page.mainFrame());
    await expect.poll(() => page.locator('[data-cw-notice="outcome"]').textContent(), { timeout: 5000 }).toMatch(/^You have passed this course with a score of \d+%\. Your learning system has recorded it\.$/);
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => page.locator('[data-cw-notice="exit"]').textContent(), { timeout: 5000 }).toContain('Your progress is saved');
    const statements = await statementsOf(registration);
    const verbs = verbNames(statements);
    expect(verbs.filter((verb) => verb === 'passed')).toHaveLength(1);
    expect(verbs).not.toContain('failed');
    expect(verbs.filter((verb) => verb === 'answered').length).toBeGreaterThan(5);
    // One activity per question or decision point, each answered once along the recommended paths.
    const answered = statements.filter((_s, i) => verbs[i] === 'answered').map((s) => String((s.object as { id: string }).id));
    expect(new Set(answered).size).toBe(answered.length);
    expect(answered).toContain(activityId(iris['respect-at-work'] ?? '', 'interaction', decisionId('break-room', 'intro')));
    expect(JSON.stringify(statements)).not.toContain(secret);
    expect(lrs.requests().filter((request) => request.body?.includes(secret))).toEqual([]);
    for (const statement of statements) expect(lrs.validate(statement)).toEqual([]);
    expect(check(statements)).toEqual([]);
  });
});
