import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import type { Course } from '../../../src/model/course.js';
import { cmi5Packager } from '../../../src/package/cmi5/cmi5-packager.js';
import { createMemoryOutput } from '../../../src/package/output.js';
import { packageCourse } from '../../../src/package/package-course.js';
import { expectGolden } from '../../support-course/golden.js';
import { formatZipListing, readZip } from '../../support-package/read-zip.js';
import { sampleCourse, sampleRuntimeDir, sampleSite, sampleSource } from '../../support-package/sample-package.js';
import { validateCmi5Xml } from '../../support-package/validate-xsd.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'package', 'cmi5');

async function packageCmi5(course: Course = sampleCourse()) {
  const sink = createDiagnosticSink();
  const output = createMemoryOutput();
  const artifacts = await packageCourse(sampleSite(), course, { targets: ['cmi5'], source: sampleSource(), output, runtimeDir: sampleRuntimeDir }, sink);
  return { artifacts, diagnostics: sink.diagnostics, output };
}

describe('cmi5 package', () => {
  it('is one zip named <course-id>-cmi5-<version>.zip', async () => {
    const { artifacts, diagnostics, output } = await packageCmi5();
    expect(diagnostics).toEqual([]);
    expect(artifacts).toEqual([expect.objectContaining({ target: 'cmi5', courseId: 'respect-at-work', fileName: 'respect-at-work-cmi5-2027.1.zip' })]);
    expect([...output.files.keys()]).toEqual(['respect-at-work-cmi5-2027.1.zip', 'respect-at-work-cmi5-2027.1.key.csv', 'respect-at-work-cmi5-2027.1.key.html']);
  });

  it('holds the site, the runtime and cmi5.xml at the root, and no other manifest (golden listing)', async () => {
    const { artifacts } = await packageCmi5();
    const entries = await readZip(artifacts[0]?.bytes ?? new Uint8Array());
    expectGolden(formatZipListing(entries), join(fixtures, 'zip-listing.txt'));
    expect(entries.map((e) => e.name).filter((name) => !name.includes('/'))).toEqual(['cmi5.xml', 'index.html']);
    const xml = entries.find((e) => e.name === 'cmi5.xml')?.content.toString('utf8') ?? '';
    expect(xml).toBe(readFileSync(join(fixtures, 'cmi5.xml'), 'utf8'));
    expect(await validateCmi5Xml(xml)).toEqual({ valid: true, errors: [] });
    // The AU URL names an entry of the zip (cmi5 14.1.0.0-4).
    expect(entries.map((e) => e.name)).toContain(/<url>([^<]+)<\/url>/.exec(xml)?.[1]);
  });

  it('gives byte-identical packages from the same sources', async () => {
    const hash = async (): Promise<string> => createHash('sha256').update((await packageCmi5()).artifacts[0]?.bytes ?? new Uint8Array()).digest('hex');
    expect(await hash()).toBe(await hash());
  });

  it('checks the written cmi5.xml for AU URL parameters the LMS reserves', () => {
    const sink = createDiagnosticSink();
    const contents = cmi5Packager.contents(sampleSite(), sampleCourse());
    expect(cmi5Packager.check?.(contents, sink)).toBe(false);
    const clashing = { ...contents, files: contents.files.map((f) => ({ ...f, content: String(f.content).replace('<url>index.html</url>', '<url>index.html?lang=en&amp;endpoint=x</url>') })) };
    expect(cmi5Packager.check?.(clashing, sink)).toBe(true);
    expect(sink.diagnostics).toEqual([
      expect.objectContaining({ code: 'cmi5-url-reserved-parameter', message: expect.stringContaining('"endpoint"') }),
    ]);
  });
});
