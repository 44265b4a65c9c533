import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../src/diagnostics/context.js';
import { targetNames, type TargetName } from '../../src/model/site.js';
import { createMemoryOutput } from '../../src/package/output.js';
import { packageCourse } from '../../src/package/package-course.js';
import { addRuntimeBundle, defaultRuntimeDir, runtimeBundleName } from '../../src/package/runtime-bundle.js';
import { readZip } from '../support-package/read-zip.js';
import { sampleCourse, sampleRuntimeDir, sampleSite, sampleSource } from '../support-package/sample-package.js';

const root = join(import.meta.dirname, '..', '..');

/** The entries of the one package made for `target`. */
async function packageEntries(target: TargetName, runtimeDir?: string): Promise<Map<string, Buffer>> {
  const sink = createDiagnosticSink();
  const options = { targets: [target], source: sampleSource(), output: createMemoryOutput(), ...(runtimeDir ? { runtimeDir } : {}) };
  const [artifact] = await packageCourse(sampleSite(), sampleCourse(), options, sink);
  expect(sink.diagnostics).toEqual([]);
  return new Map((await readZip(artifact?.bytes ?? new Uint8Array())).map((e) => [e.name, e.content]));
}

describe('one runtime bundle per target', () => {
  it.each(targetNames)('the %s zip carries the %s bundle at assets/coursewright.js, where the page loads it', async (target) => {
    const entries = await packageEntries(target, sampleRuntimeDir);
    const bundle = readFileSync(join(sampleRuntimeDir, runtimeBundleName(target)));
    expect(entries.get('assets/coursewright.js')).toEqual(bundle);
    expect(bundle.toString()).toContain(`coursewright runtime for ${target}"`);
    // xAPI and cmi5 load the code that writes answers as statements when an answer first needs it.
    const features = target === 'xapi' || target === 'cmi5' ? ['assets/features/xapi-answers.js'] : [];
    expect([...entries.keys()].filter((name) => name.endsWith('.js')).sort()).toEqual(['assets/coursewright.js', ...features]);
    for (const feature of features) expect(entries.get(feature)).toEqual(readFileSync(join(sampleRuntimeDir, feature.replace('assets/', ''))));
  });

  it.each(targetNames)('the %s zip carries the bundle npm run build made from src/runtime/targets/%s.ts', async (target) => {
    expect(existsSync(join(root, 'src', 'runtime', 'targets', `${target}.ts`))).toBe(true);
    expect(defaultRuntimeDir()).toBe(join(root, 'build', 'runtime'));
    const entries = await packageEntries(target);
    expect(entries.get('assets/coursewright.js')).toEqual(readFileSync(join(root, 'build', 'runtime', `coursewright-${target}.js`)));
  });

  it('lists the bundle in the SCORM manifest, which is built from the site with the bundle in it', async () => {
    const manifest = (await packageEntries('scorm12', sampleRuntimeDir)).get('imsmanifest.xml')?.toString('utf8');
    expect(manifest).toContain('<file href="assets/coursewright.js"/>');
  });

  it('adds the bundle without changing the rendered site', () => {
    const site = sampleSite();
    const before = structuredClone(site);
    const withBundle = addRuntimeBundle(site, 'xapi', sampleRuntimeDir);
    expect(site).toEqual(before);
    expect(withBundle.files.map((f) => f.path)).toEqual([...before.files.map((f) => f.path), 'assets/features/xapi-answers.js', 'assets/coursewright.js']);
  });

  it('stops with "run npm run build" when a bundle was never built (an installation fault, not a course one)', () => {
    expect(() => addRuntimeBundle(sampleSite(), 'cmi5', join(root, 'test', 'fixtures', 'package'))).toThrow(
      'The browser runtime for cmi5 is not built (coursewright-cmi5.js missing): run "npm run build".',
    );
  });
});
