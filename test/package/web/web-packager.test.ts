import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import type { Course } from '../../../src/model/course.js';
import type { InterviewBlock } from '../../../src/model/blocks.js';
import { createDirectoryOutput, createMemoryOutput, type Output } from '../../../src/package/output.js';
import { packageCourse } from '../../../src/package/package-course.js';
import { webPackager } from '../../../src/package/web/web-packager.js';
import { readZip } from '../../support-package/read-zip.js';
import { sampleCourse, sampleRuntimeDir, sampleSite, sampleSource } from '../../support-package/sample-package.js';

/** The sample course with a captioned interview, so the page gets the embedded captions. */
function captionedCourse(): Course {
  const at = { file: 'lessons/welcome.md' };
  const interview: InterviewBlock = {
    kind: 'interview', id: 'amara', format: 'recording', speaker: 'Amara', speakers: [{ name: 'Amara' }], composite: false, captions: [{ lang: 'en', label: 'English', path: 'media/amara.en.vtt', cues: [{ start: 0, end: 2, text: 'Hello, I am Amara.' }], at }],
    media: { path: 'media/amara.mp4', kind: 'video' }, chapters: [], quotes: [], introHtml: '', parts: [], at,
  };
  const course = sampleCourse();
  return { ...course, lessons: course.lessons.map((lesson, i) => (i === 0 ? { ...lesson, blocks: [interview] } : lesson)) };
}

async function packageWeb(output: Output = createMemoryOutput(), course: Course = captionedCourse()) {
  const sink = createDiagnosticSink();
  const artifacts = await packageCourse(sampleSite(), course, { targets: ['web'], source: sampleSource(), output, runtimeDir: sampleRuntimeDir }, sink);
  return { artifacts, diagnostics: sink.diagnostics, output };
}

describe('web package', () => {
  it('is a zip named <course-id>-web-<version>.zip with the same files unpacked beside it, and no report key', async () => {
    const output = createMemoryOutput();
    const { artifacts, diagnostics } = await packageWeb(output);
    expect(diagnostics).toEqual([]);
    expect(artifacts).toEqual([expect.objectContaining({ target: 'web', fileName: 'respect-at-work-web-2027.1.zip', folder: expect.objectContaining({ name: 'respect-at-work-web-2027.1' }) })]);
    expect(artifacts[0]?.keyFiles).toBeUndefined();
    expect([...output.files.keys()]).toEqual(['respect-at-work-web-2027.1.zip']);
    const entries = (await readZip(artifacts[0]?.bytes ?? new Uint8Array())).filter((e) => !e.name.endsWith('/'));
    // The site and the runtime, and no manifest: it plays from any static host.
    expect(entries.map((e) => e.name)).toEqual(['media/amara.mp4', 'media/station.jpg', 'assets/coursewright.css', 'assets/coursewright.js', 'index.html', 'media/amara.en.vtt']);
    const folder = output.folders.get('respect-at-work-web-2027.1');
    expect([...(folder?.keys() ?? [])]).toEqual(entries.map((e) => e.name).sort());
    for (const entry of entries) expect(Buffer.from(folder?.get(entry.name) ?? new Uint8Array())).toEqual(entry.content);
    expect(artifacts[0]?.folder?.size).toBe(entries.reduce((sum, e) => sum + e.content.byteLength, 0));
  });

  it('embeds the caption cues in the page, before the runtime script, for play from file://', async () => {
    const output = createMemoryOutput();
    await packageWeb(output);
    const page = Buffer.from(output.folders.get('respect-at-work-web-2027.1')?.get('index.html') ?? new Uint8Array()).toString('utf8');
    expect(page).toContain('<script type="application/json" id="cw-captions">{"media/amara.en.vtt":[{"start":0,"end":2,"text":"Hello, I am Amara."}]}</script>');
    expect(webPackager.adaptSite?.(sampleSite(), sampleCourse())).toEqual(sampleSite());
  });

  it('serves the entry page the renderer made for it (`standaloneLaunch`: the web player\u2019s own strings), not the tracked targets\u2019', async () => {
    const site = { ...sampleSite(), standaloneLaunch: () => '<!doctype html>\n<html lang="en"><title>Respect at work, on the web</title></html>\n' };
    const sink = createDiagnosticSink();
    const output = createMemoryOutput();
    await packageCourse(site, sampleCourse(), { targets: ['web', 'scorm12'], source: sampleSource(), output, runtimeDir: sampleRuntimeDir }, sink);
    expect(sink.diagnostics).toEqual([]);
    const page = (name: string) => Buffer.from(output.folders.get(name)?.get('index.html') ?? new Uint8Array()).toString('utf8');
    expect(page('respect-at-work-web-2027.1')).toContain('<title>Respect at work, on the web</title>');
    const scorm = (await readZip(output.files.get('respect-at-work-scorm12-2027.1.zip') ?? new Uint8Array())).find((e) => e.name === 'index.html');
    expect(Buffer.from(scorm?.content ?? new Uint8Array()).toString('utf8')).toContain('<title>Respect at work</title>');
  });

  it('gives byte-identical packages from the same sources', async () => {
    const hash = async (): Promise<string> => createHash('sha256').update((await packageWeb()).artifacts[0]?.bytes ?? new Uint8Array()).digest('hex');
    expect(await hash()).toBe(await hash());
  });

  describe('into a folder', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cw-web-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the zip and the unpacked folder, with no temporary files left, the same on a second build', async () => {
      const first = await packageWeb(createDirectoryOutput(dir));
      expect(first.diagnostics).toEqual([]);
      expect(readdirSync(dir).sort()).toEqual(['respect-at-work-web-2027.1', 'respect-at-work-web-2027.1.zip']);
      const unpacked = join(dir, 'respect-at-work-web-2027.1');
      expect(first.artifacts[0]?.folder?.path).toBe(unpacked);
      expect(readdirSync(unpacked, { recursive: true }).map(String).sort()).toEqual(['assets', 'assets/coursewright.css', 'assets/coursewright.js', 'index.html', 'media', 'media/amara.en.vtt', 'media/amara.mp4', 'media/station.jpg']);
      const page = readFileSync(join(unpacked, 'index.html'));
      await packageWeb(createDirectoryOutput(dir));
      expect(readdirSync(dir).sort()).toEqual(['respect-at-work-web-2027.1', 'respect-at-work-web-2027.1.zip']);
      expect(readFileSync(join(unpacked, 'index.html'))).toEqual(page);
    });
  });
});
