/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { watchForProblems } from '../support/course-in-browser.js';
import { editionsCourseFiles } from '../support-course/editions-course.js';

let work = '';
let browser: Browser;
const folders = new Map<string, string>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cw-editions-e2e-'));
  const result = await compileCourse({ files: editionsCourseFiles(), targets: ['web'], outDir: work });
  for (const artifact of result.artifacts) if (artifact.folder?.path) folders.set(`${artifact.edition}-${artifact.language}`, artifact.folder.path);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** Open one edition × language as a learner does; fail on any page error or console warning. */
async function open(variant: string): Promise<{ page: Page; problems: string[] }> {
  const folder = folders.get(variant);
  if (!folder) throw new Error(`no web package for ${variant}`);
  const page = await (await newContext(browser)).newPage();
  const problems: string[] = [];
  watchForProblems(page, problems);
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  await page.locator('#cw-progress').waitFor({ state: 'visible' });
  return { page, problems };
}

const menu = (page: Page): Promise<string[]> => page.locator('.cw-menu-link').allInnerTexts().then((texts) => texts.map((t) => t.trim().split('\n')[0]!.trim()));

describe('editions and languages in the browser', () => {
  it('shows the manager edition in Spanish: its lessons, its wording, the player in Spanish', async () => {
    const { page, problems } = await open('manager-es');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await menu(page)).toEqual([expect.stringContaining('Bienvenida'), expect.stringContaining('Predicar con el ejemplo')]);
    await expect.poll(() => page.getByText('Como responsable, marcas el tono.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Siguiente' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('shows the employee edition in English without the manager lesson or wording', async () => {
    const { page, problems } = await open('employee-en');
    expect(await menu(page)).toEqual([expect.stringContaining('Welcome')]);
    expect(await page.getByText('As a manager, you set the tone.').count()).toBe(0);
    await expect.poll(() => page.getByText('What does respect look like in your team?').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});
