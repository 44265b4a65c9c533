import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCourseInBrowser } from '../support/course-in-browser.js';
import { isNoSavedStateYet, startTestLrs, type TestLrs } from '../support/lrs.js';
import { xapiLaunchUrl } from '../support/lrs-launch.js';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(() => lrs?.close());

// A course in Spanish, one of them reworded by its author (course.yml `strings`), played against
// the test LRS (Learning Locker's xapi-statements; its State API is a stand-in, test/support/lrs.ts).
const env = useCourseInBrowser(
  {
    'course.yml': 'id: respeto\ntitle: Respeto en el trabajo\nversion: "1.0"\nlanguage: es\nlessons: [lessons/uno.md]\nstrings:\n  verb.experienced: leyó\n',
    'lessons/uno.md': '---\ntitle: Uno\n---\n¿Qué hacer?\n\n:::check{#q-uno}\n¿Qué es lo primero?\n\n- [x] Escuchar\n- [ ] Esperar\n:::\n',
  },
  { target: 'xapi', allowResponse: (status, url) => isNoSavedStateYet(lrs, status, url) },
);

describe('the statements of a course in Spanish', () => {
  it('name their verbs in Spanish beside English, in the author\u2019s words where the course rewords one', async () => {
    const registration = randomUUID();
    const page = await env.newPage();
    await page.goto(xapiLaunchUrl(env.launchUrl(), lrs, registration));
    await page.getByRole('radio', { name: 'Escuchar' }).check();
    await page.getByRole('button', { name: 'Comprobar', exact: true }).click();
    const displays = async () =>
      (await lrs.statements())
        .filter((statement) => (statement.context as { registration?: string } | undefined)?.registration === registration)
        .map((statement) => (statement.verb as { display: Record<string, string> }).display);
    // Statements arrive in batches: wait for all three (the course's completion may come before the answer).
    await expect.poll(displays, { timeout: 10_000 }).toEqual(expect.arrayContaining([
      { 'en-US': 'initialized', es: 'inició' },
      { 'en-US': 'experienced', es: 'leyó' },
      { 'en-US': 'answered', es: 'respondió' },
    ]));
  });
});
