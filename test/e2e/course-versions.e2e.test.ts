/// <reference lib="dom" />
// Callbacks passed to frame.evaluate run in the browser and use DOM types.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { inspectPackage } from '../../src/inspect/inspect-package.js';
import type { RuntimeCheck, RuntimeData } from '../../src/model/runtime-data.js';
import { launchBrowser, newContext } from '../support/browser.js';
import { visibleLessons, watchForProblems } from '../support/course-in-browser.js';
import { folderText, packageData } from '../support/package-lessons.js';
import { openInLms } from '../support/scorm12-lms.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { unzipTo } from '../support/unzip-to.js';

/**
 * The yearly re-publish, as HR does it: version A of a sample course is in the LMS and a learner is
 * half way through; version B changes one check and adds a lesson, and replaces A in the same LMS
 * record, so the learner's next launch gets B with the data A saved.
 */
const root = join(import.meta.dirname, '..', '..');
let work: string;
let browser: Browser;
let server: StaticServer;
let data: RuntimeData;
let changed: RuntimeCheck;
let kept: RuntimeCheck;
/** Each version's SCORM 1.2 zip, as HR uploads it. */
const zips: Record<string, string> = {};

/** Builds the employee edition of the course folder `dir` in English for SCORM 1.2, unpacked at site/<name>; gives its lesson files. */
async function publish(dir: string, name: string): Promise<string[]> {
  const result = await compileCourse({ dir, targets: ['scorm12'], editions: ['employee'], outDir: join(work, `dist-${name}`) });
  expect(result.diagnostics).toEqual([]);
  zips[name] = result.artifacts.find((a) => a.language === 'en')?.path ?? '';
  await unzipTo(zips[name], join(work, 'site', name));
  return result.course?.lessons.map((lesson) => lesson.file) ?? [];
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cw-versions-'));
  const source = join(work, 'course');
  await cp(join(root, 'courses', 'respect-at-work'), source, { recursive: true });
  // English only: this is about versions, and version B's new lesson has no translation.
  const original = await readFile(join(source, 'course.yml'), 'utf8');
  await writeFile(join(source, 'course.yml'), original.replace(/^languages:.*\n/m, ''));
  for (const entry of await readdir(source, { recursive: true })) if (/\.es\.(md|yml)$/.test(entry)) await rm(join(source, entry));
  const lessonFiles = await publish(source, 'a');
  data = packageData(folderText(join(work, 'site', 'a')));
  const checks = data.blocks.filter((block): block is RuntimeCheck => block.kind === 'check' && block.graded);
  [changed, kept] = checks as [RuntimeCheck, RuntimeCheck];

  // Version B: one more option in the first graded check, and a new first lesson.
  for (const file of lessonFiles) {
    const text = await readFile(join(source, file), 'utf8');
    const start = text.indexOf(`:::check{#${changed.id} `);
    if (start < 0) continue;
    const end = text.indexOf('\n:::', start);
    await writeFile(join(source, file), `${text.slice(0, end)}\n- [ ] A rota swap nobody asked about. {#rota-swap}\n  Not on its own.${text.slice(end)}`);
  }
  await writeFile(join(source, 'lessons', 'whats-new.md'), '---\ntitle: What is new this year\n---\n\nThis year the course adds a lesson for managers.\n');
  const yml = await readFile(join(source, 'course.yml'), 'utf8');
  await writeFile(join(source, 'course.yml'), yml.replace(/^lessons:\n/m, 'lessons:\n  - lessons/whats-new.md\n').replace(/version: "[^"]*"/, 'version: "2028.1"'));
  await publish(source, 'b');

  browser = await launchBrowser();
  server = await startStaticServer(join(work, 'site'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

/** Answers a check right, on the lesson it is in. */
async function answer(frame: Frame, check: RuntimeCheck): Promise<void> {
  await frame.locator(`#lesson-${data.lessons[check.lesson]?.id ?? ''}`).waitFor();
  const el = frame.locator(`[data-cw-block="${check.id}"]`);
  for (const option of check.options.filter((o) => o.correct)) await el.locator(`input[value="${option.code}"]`).check();
  await el.getByRole('button', { name: 'Check', exact: true }).click();
  expect(await el.getByRole('status').textContent()).toContain('Correct.');
}

/** The blocks in the saved state the LMS holds (the JSON that ends suspend_data). */
function savedBlocks(suspendData: string): Record<string, unknown> {
  return JSON.parse(suspendData.slice(suspendData.indexOf('{'))) as Record<string, unknown>;
}

describe('a learner in progress when the course is re-published', () => {
  it('keeps the unchanged answers and bookmark; the changed check alone starts again, with one notice', async () => {
    const problems: string[] = [];
    const page = await (await newContext(browser)).newPage();
    watchForProblems(page, problems);

    // Version A: the learner answers both checks and stops on the second check's lesson.
    const first = await openInLms(page, { kind: 'scorm12', courseUrl: server.url('a/index.html') });
    for (let lesson = 0; lesson < kept.lesson; lesson++) {
      if (lesson === changed.lesson) await answer(first.course, changed);
      await first.course.getByRole('button', { name: 'Next', exact: true }).click();
      // As a learner does, the next Next waits for the lesson: a busy machine can take a while to load it.
      await first.course.locator(`#lesson-${data.lessons[lesson + 1]?.id ?? ''}`).waitFor();
    }
    if (kept.lesson === changed.lesson) await answer(first.course, changed);
    await answer(first.course, kept);
    const before = await first.cmi();
    expect(Object.keys(savedBlocks(before.suspend_data))).toEqual(expect.arrayContaining([changed.id, kept.id]));
    await first.closeCourse();
    const keptData = await first.keptData();

    // Version B, launched with what the LMS kept from A.
    const second = await openInLms(page, { kind: 'scorm12', courseUrl: server.url('b/index.html'), initialData: keptData });
    const frame = second.course;
    const notice = await frame.locator('[data-cw-notice="state"]').textContent();
    expect(notice).toContain('This course has been updated since your last visit');
    expect(notice).toContain(`“${data.lessons[changed.lesson]?.title ?? ''}”`);
    expect(await frame.locator('[data-cw-notice]').count()).toBe(1);
    // Same lesson as when the learner left, although a lesson now comes before it.
    expect(await visibleLessons(frame)).toEqual([`lesson-${data.lessons[kept.lesson]?.id ?? ''}`]);
    // The unchanged check still shows the learner's answer; the changed one asks again.
    const keptBlock = frame.locator(`[data-cw-block="${kept.id}"]`);
    expect(await keptBlock.getByRole('status').textContent()).toContain('Correct.');
    const changedBlock = frame.locator(`[data-cw-block="${changed.id}"]`);
    expect(await changedBlock.locator('input:checked').count()).toBe(0);
    expect(await changedBlock.getByRole('button', { name: 'Check', exact: true }).isEnabled()).toBe(true);
    // What B saves keeps the unchanged answer as it was and no longer holds the changed one.
    await frame.getByRole('button', { name: 'Previous', exact: true }).click();
    const after = savedBlocks((await second.cmi()).suspend_data);
    expect(after[kept.id]).toEqual(savedBlocks(before.suspend_data)[kept.id]);
    expect(after[changed.id]).toBeUndefined();
    expect(problems).toEqual([]);

    // Support, asked "was my progress lost?", reads what the LMS holds with each version's zip
    // (`inspect --state`): version A as saved; version B with the changed check alone starting again.
    const saved = before.suspend_data;
    const asA = (await inspectPackage(zips.a!, 'a.zip', { savedState: saved })).savedState;
    expect(asA).toMatchObject({ status: 'restored', changed: [], resumesAt: { lesson: kept.lesson + 1, title: data.lessons[kept.lesson]?.title } });
    expect(asA?.blocks.filter((b) => b.kind === 'check').map((b) => [b.id, b.done, b.score])).toEqual([[changed.id, true, 100], [kept.id, true, 100]]);
    expect(asA?.blocks.find((b) => b.id === kept.id)?.detail).toMatch(/^answered .+ \(right\), 1 attempt$/);
    expect(asA?.lessons.filter((l) => l.opened)).toHaveLength(kept.lesson + 1);
    expect(asA?.outcome?.status).toBe('incomplete');
    const asB = (await inspectPackage(zips.b!, 'b.zip', { savedState: saved })).savedState;
    expect(asB).toMatchObject({ status: 'updated', changed: [changed.id], resumesAt: { lesson: kept.lesson + 2 } });
    expect(asB?.blocks.map((b) => b.id)).toContain(kept.id);
    expect(asB?.blocks.map((b) => b.id)).not.toContain(changed.id);
    expect(asB?.toDo).toContain(`open lesson 1, "What is new this year"`);
    // What an LMS that cut the text at SCORM 1.2's limit would hold.
    const cut = (await inspectPackage(zips.a!, 'a.zip', { savedState: saved.padEnd(4096, 'x').slice(0, 4096) })).savedState;
    expect(cut).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('the LMS probably cut it') });
  });
});
