/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser and use DOM types.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { blocksCourse } from '../runtime/blocks/fixtures/blocks-course.js';
import { auditWcag, injectAxe } from '../support/page-audits.js';
import { startStaticServer } from '../support/static-server.js';
import { useCourseInBrowser, visibleLessons } from '../support/course-in-browser.js';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { refuseDeviceStorage } from '../support/refuse-storage.js';

const env = useCourseInBrowser(runtimeTestCourse, { target: 'web' });

/** Builds `files` into a web package in a temporary folder, as `coursewright build --target web` does. */
async function buildWebFolder(files: Record<string, string | Uint8Array>, out: string): Promise<string> {
  const result = await compileCourse({ files, targets: ['web'], outDir: out });
  const folder = result.artifacts[0]?.folder?.path;
  if (!folder) throw new Error(`the web package was not built: ${JSON.stringify(result.diagnostics)}`);
  return folder;
}

let work = '';
let testCourseFolder = '';
let blocksFolder = '';
let recordFolder = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cw-web-e2e-'));
  testCourseFolder = await buildWebFolder(runtimeTestCourse, join(work, 'runtime-test'));
  // A second cue with every setting players apply, written with the alignments that may follow a value.
  const placed = { ...blocksCourse, 'media/amara.en.vtt': `${String(blocksCourse['media/amara.en.vtt'])}\n00:02.000 --> 00:04.000 position:10%,line-left line:85%,end size:80% align:start\nPlaced.\n` };
  blocksFolder = await buildWebFolder(placed, join(work, 'blocks'));
  const withRecord = { ...runtimeTestCourse, 'course.yml': `${runtimeTestCourse['course.yml'] ?? ''}completionRecord: true\n` };
  recordFolder = await buildWebFolder(withRecord, join(work, 'record'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const fileUrl = (folder: string): string => pathToFileURL(join(folder, 'index.html')).href;

/** Plays the runtime test course to its end on `page`, checking what the learner is told on the way. */
async function playThrough(page: Page, url: string): Promise<void> {
  const frame: Frame = page.mainFrame();
  await page.goto(url);
  await frame.locator('#cw-progress').waitFor({ state: 'visible' });
  // Meant to run without a learning system: no warning about it, no save line.
  expect(await frame.locator('[data-cw-notice]').count()).toBe(0);
  expect(await frame.locator('#cw-save-status').isHidden()).toBe(true);

  await frame.getByRole('button', { name: 'Next' }).click();
  await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
  await frame.getByRole('button', { name: 'Check', exact: true }).click();
  await page.reload();
  expect(await visibleLessons(frame)).toEqual(['lesson-recognising']);
  expect(await frame.locator('[data-cw-notice]').count()).toBe(0);
  expect(await frame.locator('#cw-progress-text').textContent()).toContain('Lesson 2 of 3');

  await frame.getByRole('button', { name: 'Next' }).click();
  const outcome = frame.locator('[data-cw-notice="outcome"]');
  await expect.poll(() => outcome.textContent()).toBe('You have completed this course. Your progress is kept on this device.');
  // This course does not ask for a record of completion.
  expect(await frame.locator('.cw-record').count()).toBe(0);
  await frame.getByRole('button', { name: 'Exit' }).click();
  await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toBe('You can close this window now. Your place is kept on this device.');
  expect(await frame.locator('#cw-notices').innerText()).not.toContain('learning system');
}

describe('a web package', () => {
  it('plays from a static host with no tracking warning, keeps progress on the device and resumes after a reload', async () => {
    await playThrough(await env.newPage(), env.launchUrl());
  });

  it('plays the unpacked folder from file:// the same way', async () => {
    await playThrough(await env.newPage(), fileUrl(testCourseFolder));
  });

  it('says at once, and at the end, that a browser keeping nothing on the device loses the place when the window closes', async () => {
    const page = await env.newPage();
    await refuseDeviceStorage(page, 'all');
    const frame = page.mainFrame();
    await page.goto(env.launchUrl());
    await expect.poll(() => frame.locator('[data-cw-notice="tracking"]').textContent()).toBe('This browser does not let the course keep your place on this device: if you close this window, the course starts again from the beginning.');
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
    await frame.getByRole('button', { name: 'Check', exact: true }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="outcome"]').textContent()).toBe('You have completed this course. This browser does not let the course keep your progress on this device: it is lost when you close this window.');
    await frame.getByRole('button', { name: 'Exit' }).click();
    await expect.poll(() => frame.locator('[data-cw-notice="exit"]').textContent()).toBe('You can close this window now. This browser does not let the course keep your place on this device, so the course starts again from the beginning next time.');
    expect(await frame.locator('#cw-notices').innerText()).not.toContain('kept on this device');
    // And so it does.
    await page.reload();
    await frame.locator('#cw-progress').waitFor({ state: 'visible' });
    expect(await visibleLessons(frame)).toEqual(['lesson-welcome']);
  });

  it('shows the interview captions from file://, built from the cues embedded in the page', async () => {
    const page = await env.newPage();
    await page.goto(fileUrl(blocksFolder));
    const video = page.locator('.cw-interview video');
    await video.waitFor({ state: 'attached' });
    const tracks = await video.evaluate((element: HTMLVideoElement) =>
      Array.from(element.textTracks).map((track) => ({
        kind: track.kind, label: track.label, language: track.language, mode: track.mode,
        cues: Array.from(track.cues ?? []).map((cue) => {
          const { startTime: start, endTime: end, text, position, line, snapToLines, size, align } = cue as VTTCue;
          return { start, end, text, position, line, snapToLines, size, align };
        }),
      })));
    const plain = { position: 'auto', line: 'auto', snapToLines: true, size: 100, align: 'center' };
    expect(tracks).toEqual([{
      kind: 'captions', label: 'English', language: 'en', mode: 'showing',
      cues: [{ start: 0, end: 2, text: 'Hello.', ...plain }, { start: 2, end: 4, text: 'Placed.', position: 10, line: 85, snapToLines: false, size: 80, align: 'start' }],
    }]);
    // The <track> the browser cannot load from file:// is gone, so it never tried.
    expect(await page.locator('.cw-interview track').count()).toBe(0);
  });

  it('offers a printable record of completion when the course asks for one, and only once it is complete', async () => {
    // Served rather than from file://, where axe-core cannot read the stylesheet it audits.
    const server = await startStaticServer(recordFolder);
    onTestFinished(() => server.close());
    const page = await env.newPage();
    await page.goto(server.url('index.html'));
    const frame = page.mainFrame();
    await frame.locator('#cw-progress').waitFor({ state: 'visible' });
    const panel = frame.getByRole('region', { name: 'Record of completion' });
    expect(await panel.count()).toBe(0);
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('radio', { name: "Jokes at one person's expense" }).check();
    await frame.getByRole('button', { name: 'Check', exact: true }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await panel.waitFor({ state: 'visible' });
    await injectAxe(page);
    expect(await auditWcag(page)).toEqual([]);
    await panel.getByLabel('Your name').fill('Amara Okafor');
    // The print dialog is the browser's; what matters is the page it prints.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await panel.getByRole('button', { name: 'Print record' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await frame.locator('.cw-record-sheet').innerText()).toMatch(/^Record of completion\s+Amara Okafor\s+completed the course "Respect basics" \(version 2027\.1\) on \w+ \d+, \d{4}\.$/);
    expect(await frame.locator('#cw-main').isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await frame.locator('.cw-record-sheet').count()).toBe(0);
    // After a reload the completed course still offers it.
    await page.reload();
    await panel.waitFor({ state: 'visible' });
  });

  it('comes without a report key, while the report key of another package is an accessible page', async () => {
    const result = await compileCourse({ files: blocksCourse, targets: ['web', 'scorm12'] });
    expect(result.artifacts.map((artifact) => artifact.keyFiles?.length ?? 0)).toEqual([0, 2]);
    const html = result.artifacts[1]?.keyFiles?.find((file) => file.fileName.endsWith('.html'))?.bytes;
    const page = await env.newPage();
    await page.setContent(Buffer.from(html ?? new Uint8Array()).toString('utf8'));
    expect(await page.getByRole('heading', { level: 1, name: /^Report key: Blocks demo/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: /^Responses to / }).count()).toBeGreaterThan(1);
    await injectAxe(page);
    expect(await auditWcag(page)).toEqual([]);
  });
});
