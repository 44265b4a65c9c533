import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import type { Course } from '../../../src/model/course.js';
import { createMemoryOutput } from '../../../src/package/output.js';
import { packageCourse } from '../../../src/package/package-course.js';
import { xapiPackager } from '../../../src/package/xapi/xapi-packager.js';
import { expectGolden } from '../../support-course/golden.js';
import { formatZipListing, readZip } from '../../support-package/read-zip.js';
import { sampleCourse, sampleRuntimeDir, sampleSite, sampleSource } from '../../support-package/sample-package.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'package', 'xapi');

async function packageXapi(course: Course = sampleCourse()) {
  const sink = createDiagnosticSink();
  const output = createMemoryOutput();
  const artifacts = await packageCourse(sampleSite(), course, { targets: ['xapi'], source: sampleSource(), output, runtimeDir: sampleRuntimeDir }, sink);
  return { artifacts, diagnostics: sink.diagnostics, output };
}

describe('xAPI package', () => {
  it('is one zip named <course-id>-xapi-<version>.zip', async () => {
    const { artifacts, diagnostics, output } = await packageXapi();
    expect(diagnostics).toEqual([]);
    expect(artifacts).toEqual([expect.objectContaining({ target: 'xapi', courseId: 'respect-at-work', fileName: 'respect-at-work-xapi-2027.1.zip' })]);
    expect([...output.files.keys()]).toEqual(['respect-at-work-xapi-2027.1.zip', 'respect-at-work-xapi-2027.1.key.csv', 'respect-at-work-xapi-2027.1.key.html']);
    expect(xapiPackager.fileName(sampleCourse({ version: '2 beta' }))).toBe('respect-at-work-xapi-2-beta.zip');
  });

  it('holds the site, the runtime and tincan.xml at the root, and no other manifest (golden listing)', async () => {
    const { artifacts } = await packageXapi();
    const entries = await readZip(artifacts[0]?.bytes ?? new Uint8Array());
    expectGolden(formatZipListing(entries), join(fixtures, 'zip-listing.txt'));
    const root = entries.map((e) => e.name).filter((name) => !name.includes('/'));
    expect(root).toEqual(['index.html', 'tincan.xml']);
    const tincan = entries.find((e) => e.name === 'tincan.xml')?.content.toString('utf8');
    expect(tincan).toBe(xapiPackager.contents(sampleSite(), sampleCourse()).files[0]?.content);
  });

  it('gives byte-identical packages from the same sources', async () => {
    const hash = async (): Promise<string> => createHash('sha256').update((await packageXapi()).artifacts[0]?.bytes ?? new Uint8Array()).digest('hex');
    expect(await hash()).toBe(await hash());
  });

  it('checks the written tincan.xml for exactly one launchable activity', () => {
    const sink = createDiagnosticSink();
    const contents = xapiPackager.contents(sampleSite(), sampleCourse());
    expect(xapiPackager.check?.(contents, sink)).toBe(false);
    const twice = { ...contents, files: contents.files.map((f) => ({ ...f, content: String(f.content).replace('<description lang="en">Welcome</description>', '$&<launch lang="en">index.html</launch>') })) };
    expect(xapiPackager.check?.(twice, sink)).toBe(true);
    expect(sink.diagnostics.map((d) => d.code)).toEqual(['tincan-launch-count']);
  });
});
