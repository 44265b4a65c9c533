/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import type { RuntimeData } from '../../src/model/runtime-data.js';
import { englishStrings } from '../../src/model/strings/player-strings.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { watchForProblems } from '../support/course-in-browser.js';
import { expectCleanSession } from '../support/lms-checks.js';
import { allLessonsHtml, folderText, packageData } from '../support/package-lessons.js';
import { passCourse, playerString, reflectionSecret } from '../support/play-course.js';
import { auditLayout, auditWcag, injectAxe } from '../support/page-audits.js';
import { openInLms } from '../support/scorm12-lms.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { unzipTo } from '../support/unzip-to.js';

/**
 * The flagship, courses/respect-at-work, as the customer rolls it out: one source, an employee, a
 * manager and a refresher edition, in every language the course declares, each its own SCORM 1.2
 * package. The English employee edition is played in every target by sample-courses.e2e.test.ts.
 */
const root = join(import.meta.dirname, '..', '..');
let work: string;
let browser: Browser;
let server: StaticServer;
let languages: string[] = [];
/** Runtime data of each package, by `<edition>-<language>`. */
const built = new Map<string, RuntimeData>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cw-flagship-'));
  const result = await compileCourse({ dir: join(root, 'courses', 'respect-at-work'), targets: ['scorm12'], outDir: join(work, 'dist') });
  expect(result.diagnostics).toEqual([]);
  languages = [...new Set(result.artifacts.map((a) => a.language))];
  for (const artifact of result.artifacts) {
    const name = `${artifact.edition ?? ''}-${artifact.language}`;
    await unzipTo(artifact.path ?? '', join(work, 'site', name));
    built.set(name, packageData(folderText(join(work, 'site', name))));
  }
  browser = await launchBrowser();
  server = await startStaticServer(join(work, 'site'));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

const managerLessons = ['manager-duty', 'manager-disclosure', 'manager-huddle'];

describe('the flagship course, one source, three editions', () => {
  it('builds every edition in English and Spanish', () => {
    expect(languages.sort()).toEqual(['en', 'es']);
    expect([...built.keys()].sort()).toEqual(['employee-en', 'employee-es', 'manager-en', 'manager-es', 'refresher-en', 'refresher-es']);
  });

  it('puts the manager lessons and the manager scenario in the manager package only', () => {
    for (const language of languages) {
      const manager = built.get(`manager-${language}`);
      const employee = built.get(`employee-${language}`);
      const refresher = built.get(`refresher-${language}`);
      expect(manager?.lessons.map((l) => l.id)).toEqual(expect.arrayContaining(managerLessons));
      expect(manager?.blocks.map((b) => b.id)).toContain('first-conversation');
      for (const other of [employee, refresher]) {
        expect(other?.lessons.map((l) => l.id).filter((id) => managerLessons.includes(id))).toEqual([]);
        expect(other?.blocks.map((b) => b.id)).not.toContain('first-conversation');
      }
      // The refresher is the short yearly subset.
      expect(refresher?.lessons.length).toBeLessThan((employee?.lessons.length ?? 0) / 2);
    }
  });

  it('speaks Spanish everywhere in the Spanish packages: no player string is left in English', () => {
    // Strings that read the same in both languages (a separator, "{minutes} min", "(UTC)") may stay.
    const same = new Set(Object.keys(englishStrings).filter((key) => !/[A-Za-z]{4}/.test(englishStrings[key]?.replace(/\{\w+\}/g, '') ?? '')));
    for (const edition of ['employee', 'manager', 'refresher']) {
      const strings = built.get(`${edition}-es`)?.strings ?? {};
      const untranslated = Object.keys(englishStrings).filter((key) => !same.has(key) && strings[key] === englishStrings[key]);
      expect({ edition, untranslated }).toEqual({ edition, untranslated: [] });
    }
  });

  it("never promises in the course's own words that progress is saved: the player says so, once the LMS confirmed it", () => {
    // The same words go into every target, and a web package keeps progress only on the device: "your
    // progress is saved … on any device" would be untrue there, and untrue wherever the LMS refuses a write.
    const promise = /progress (?:is|gets|will be) (?:saved|kept|recorded)|(?:progreso|avance) se (?:guarda|conserva|registra)/i;
    for (const name of built.keys()) {
      const claims = allLessonsHtml(folderText(join(work, 'site', name))).split(/(?<=[.:;])\s+/).filter((sentence) => promise.test(sentence));
      expect({ name, claims }).toEqual({ name, claims: [] });
    }
  });

  // Every lesson, as first shown and with every block done, fits the screen and passes axe: both
  // editions, both languages, a 360 px phone and a 1280 px desktop between them.
  it.each([
    ['manager-en', 360], ['manager-es', 1280], ['employee-es', 360], ['employee-en', 1280], ['manager-es', 360],
  ] as const)('%s plays to passed by keyboard at %i px, accessible in every lesson and block state, reflections kept private', async (name, width) => {
    const problems: string[] = [];
    const page = await (await newContext(browser, { width, height: width === 360 ? 740 : 900 })).newPage();
    watchForProblems(page, problems);
    const lms = await openInLms(page, { kind: 'scorm12', courseUrl: server.url(`${name}/index.html`) });
    await injectAxe(lms.course);
    // The desktop runs take the last of several fitting choices (e.g. Distract rather than Direct): a
    // recommended path too, and the debrief must say so.
    const data = await passCourse(page, lms.course, async (lesson, moment) => {
      const where = { lesson: built.get(name)?.lessons[lesson]?.id, moment };
      expect({ ...where, ...(await auditLayout(lms.course)) }).toEqual({ ...where, fits: true, small: [] });
      expect({ ...where, violations: await auditWcag(lms.course) }).toEqual({ ...where, violations: [] });
    }, { lastRecommended: width === 1280 });
    // The manager's scenario (in an earlier lesson, now hidden) has a risk meter, where lower is better: its name says so.
    if (name.startsWith('manager-')) {
      const meterName = `${name.endsWith('-es') ? 'Riesgo de daño' : 'Risk of harm'} ${playerString(data, 'scenario.lowerBetter')}`;
      expect(await lms.course.getByRole('meter', { name: meterName, includeHidden: true }).count()).toBe(1);
    }
    const cmi = await lms.cmi();
    expect(cmi.core.lesson_status).toBe('passed');
    expect(Number(cmi.core.score.raw)).toBeGreaterThanOrEqual(data.masteryScore ?? 0);
    // What the learner sees of the player is in the course language.
    const buttons = await lms.course.evaluate(() => Array.from(document.querySelectorAll('button')).filter((b) => b.offsetParent !== null).map((b) => b.textContent?.trim() ?? ''));
    if (name.endsWith('-es')) expect(buttons.filter((text) => ['Next', 'Previous', 'Exit', 'Check', 'Confirm', 'Lessons'].includes(text))).toEqual([]);
    await lms.course.getByRole('button', { name: playerString(data, 'nav.exit'), exact: true }).click();
    const calls = await expectCleanSession(lms);
    expect(calls.filter((c) => c.args.some((a) => a.includes(reflectionSecret)))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
