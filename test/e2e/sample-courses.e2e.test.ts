/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import type { RuntimeData, RuntimeScenario } from '../../src/model/runtime-data.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { auditLayout, auditWcag, injectAxe } from '../support/page-audits.js';
import { expectCleanSession, setValues } from '../support/lms-checks.js';
import { openInLms, relaunchInLms, type LmsSession } from '../support/scorm12-lms.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { startTestLrs, type TestLrs } from '../support/lrs.js';
import { testActor, verbNames, xapiLaunchUrl } from '../support/lrs-launch.js';
import { cmi5Violations } from '../support/cmi5-rules.js';
import { activityId } from '../../src/model/activity-ids.js';
import { unzipTo } from '../support/unzip-to.js';
import { validateScorm12Manifest } from '../support-package/validate-xsd.js';

/** The sample courses, built by the real pipeline from courses/, as `npm run samples` does. */
const samples = ['getting-started', 'respect-at-work'] as const;
const root = join(import.meta.dirname, '..', '..');
let work: string;
let browser: Browser;
let server: StaticServer;
let lrs: TestLrs;
/** Each sample's course IRI, from its course.yml: the cmi5 AU id is built from it. */
const iris: Record<string, string> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cw-samples-'));
  for (const name of samples) {
    const result = await compileCourse({ dir: join(root, 'courses', name), targets: ['scorm12', 'xapi', 'cmi5'], outDir: join(work, 'dist') });
    expect(result.diagnostics).toEqual([]);
    // SCORM 1.2 at site/<name>/, the others at site/<name>-<target>/.
    for (const artifact of result.artifacts) {
      await unzipTo(artifact.path ?? '', join(work, 'site', artifact.target === 'scorm12' ? name : `${name}-${artifact.target}`));
    }
    iris[name] = result.course?.iri ?? '';
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

async function launch(name: string): Promise<{ page: Page; lms: LmsSession }> {
  const page = await (await newContext(browser)).newPage();
  const lms = await openInLms(page, { kind: 'scorm12', courseUrl: server.url(`${name}/index.html`) });
  return { page, lms };
}

const runtimeData = (frame: Frame): Promise<RuntimeData> =>
  frame.evaluate(() => JSON.parse(document.getElementById('cw-data')?.textContent ?? '{}') as RuntimeData);

/** Press Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: Page, frame: Frame, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await frame.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Walk a scenario along its recommended choices with the keyboard only. */
async function playRecommended(page: Page, frame: Frame, scenario: RuntimeScenario): Promise<string[]> {
  const block = `[data-cw-block="${scenario.id}"]`;
  const visited: string[] = [];
  for (let step = 0; step < 40; step++) {
    const nodeId = await frame.locator(`${block} [data-cw-node]`).last().getAttribute('data-cw-node');
    const node = scenario.nodes.find((n) => n.id === nodeId);
    if (!node) throw new Error(`unknown node ${String(nodeId)}`);
    visited.push(node.id);
    if (node.end) return visited;
    const choice = node.choices.find((c) => c.recommended);
    if (choice) {
      await tabTo(page, frame, `${block} [data-cw-choice="${choice.id}"]`);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, frame, `${block} [data-cw-action="continue"]`);
    await page.keyboard.press('Enter');
  }
  throw new Error('scenario did not end');
}

/** Text typed into every reflection: it must never reach the LMS or LRS. */
const secret = 'PRIVATE-REFLECTION-TEXT';

/**
 * Plays respect-at-work as a learner who passes: every scenario along its recommended choices by
 * keyboard, every check answered right, each practice done, the policy acknowledged, a private
 * reflection typed in each box. Whatever the target, the course looks and plays the same.
 */
async function passRespectAtWork(page: Page, frame: Frame): Promise<{ data: RuntimeData; secret: string }> {
  const data = await runtimeData(frame);
    for (let lesson = 0; lesson < data.lessons.length; lesson++) {
      for (const block of data.blocks.filter((b) => b.lesson === lesson)) {
        const el = frame.locator(`[data-cw-block="${block.id}"]`);
        if (block.kind === 'reflection') {
          await el.getByRole('textbox').fill(`${secret} ${block.id}`);
          await el.getByRole('textbox').blur();
          if (block.confirm) await el.getByRole('button', { name: 'I have reflected' }).click();
        } else if (block.kind === 'check') {
          for (const option of block.options.filter((o) => o.correct)) await el.locator(`input[value="${option.code}"]`).check();
          await el.getByRole('button', { name: 'Check', exact: true }).click();
          expect(await el.getByRole('status').textContent()).toContain('Correct.');
        } else if (block.kind === 'scenario') {
          const path = await playRecommended(page, frame, block);
          expect(path).toEqual(block.recommendedPath);
          expect(await el.locator('.cw-debrief__summary').textContent()).toBe('You made the recommended choice at every step.');
        } else if (block.kind === 'practice' && block.mode === 'choose') {
          const good = block.techniques.find((t) => t.recommended);
          await el.getByRole('button', { name: new RegExp(`^${good?.label ?? ''}`) }).click();
          expect(await el.getByRole('status').textContent()).toContain('You found a technique that fits');
        } else if (block.kind === 'practice') {
          const labels = (): Promise<string[]> => el.locator('.cw-order__item .cw-practice__label').allTextContents();
          for (const [index, technique] of block.techniques.entries()) {
            while ((await labels()).indexOf(technique.label) > index) await el.getByRole('button', { name: `Move ${technique.label} up` }).click();
          }
          await el.getByRole('button', { name: 'Check order' }).click();
          expect(await el.getByRole('status').textContent()).toContain('This is the suggested order.');
        } else if (block.kind === 'acknowledgement') {
          await el.getByRole('checkbox').check();
          await el.getByRole('button', { name: 'Confirm' }).click();
        }
      }
      if (lesson < data.lessons.length - 1) await frame.getByRole('button', { name: 'Next', exact: true }).click();
    }
  return { data, secret };
}

describe('the sample courses', () => {
  it.each(samples)('%s has a manifest valid against the official SCORM 1.2 XSDs', async (name) => {
    const xml = await readFile(join(work, 'site', name, 'imsmanifest.xml'), 'utf8');
    expect(await validateScorm12Manifest(xml)).toEqual({ valid: true, errors: [] });
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
    const data = await runtimeData(frame);
    for (let i = 1; i < data.lessons.length; i++) await frame.getByRole('button', { name: 'Next', exact: true }).click();
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
    expect(ids).toContain('break-room.intro.name-it');
    expect(ids).toContain('ack-policy');
    await frame.getByRole('button', { name: 'Exit' }).click();

    const calls = await expectCleanSession(lms);
    const scoreAt = calls.findIndex((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.score.raw');
    const passedAt = calls.findIndex((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status' && c.args[1] === 'passed');
    expect(scoreAt).toBeGreaterThanOrEqual(0);
    expect(scoreAt).toBeLessThan(passedAt);
    expect(calls.filter((c) => c.args.some((a) => a.includes(secret)))).toEqual([]);

    // Coming back later: the LMS kept the state; reflections come back from this device only.
    const again = (await relaunchInLms(page, lms)).course;
    const reflection = again.locator('[data-cw-block="r-one-step"] textarea');
    expect(await reflection.inputValue()).toBe(`${secret} r-one-step`);
    expect(await again.locator('[data-cw-block="ack-policy"]').getByRole('status').textContent()).toMatch(/^Acknowledged on/);
    // Every block comes back as the learner left it.
    expect(await again.locator('[data-cw-block="break-room"] .cw-debrief__summary').textContent()).toBe('You made the recommended choice at every step.');
    expect(await again.locator('[data-cw-block="q-early-sign"] [role="status"]').textContent()).toContain('Correct.');
    const order = data.blocks.find((b) => b.kind === 'practice' && b.mode === 'order');
    if (order?.kind !== 'practice') throw new Error('the sample course has no order practice');
    expect(await again.locator(`[data-cw-block="${order.id}"] .cw-order__item .cw-practice__label`).allTextContents()).toEqual(order.techniques.map((t) => t.label));
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
    const data = await runtimeData(page.mainFrame());
    for (let i = 1; i < data.lessons.length; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
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
    expect(JSON.stringify(statements)).not.toContain(secret);
    expect(lrs.requests().filter((request) => request.body?.includes(secret))).toEqual([]);
    for (const statement of statements) expect(lrs.validate(statement)).toEqual([]);
    expect(check(statements)).toEqual([]);
  });
});
