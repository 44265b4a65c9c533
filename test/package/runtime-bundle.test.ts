import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../src/diagnostics/context.js';
import { targetNames, type TargetName } from '../../src/model/site.js';
import { createMemoryOutput } from '../../src/package/output.js';
import { packageCourse } from '../../src/package/package-course.js';
import { addRuntimeBundle, defaultRuntimeDir, runtimeBundleName, targetFeaturesFile } from '../../src/package/runtime-bundle.js';
import { readZip } from '../support-package/read-zip.js';
import { sampleCourse, sampleRuntimeDir, sampleSite, sampleSource } from '../support-package/sample-package.js';

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cw-runtime-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The build's record in `runtimeDir`: the feature scripts each target's bundle can load. */
const featureRecord = (runtimeDir: string): Record<string, string[]> => JSON.parse(readFileSync(join(runtimeDir, targetFeaturesFile), 'utf8')) as Record<string, string[]>;

/** The feature scripts in a package's entries, by name. */
const featuresIn = (entries: Map<string, Buffer>): string[] =>
  [...entries.keys()].filter((name) => name.startsWith('assets/features/') && name.endsWith('.js')).map((name) => name.slice('assets/features/'.length).replace(/\.js$/, '')).sort();

/** A copy of the stand-in runtime whose record is `record`. */
function runtimeRecording(name: string, record: unknown): string {
  const dir = join(work, name);
  cpSync(sampleRuntimeDir, dir, { recursive: true });
  writeFileSync(join(dir, targetFeaturesFile), JSON.stringify(record));
  return dir;
}

/** The entries of the one package made for `target`. */
async function packageEntries(target: TargetName, runtimeDir?: string): Promise<Map<string, Buffer>> {
  const sink = createDiagnosticSink();
  const options = { targets: [target], source: sampleSource(), output: createMemoryOutput(), ...(runtimeDir ? { runtimeDir } : {}) };
  const [artifact] = await packageCourse(sampleSite(), sampleCourse(), options, sink);
  expect(sink.diagnostics).toEqual([]);
  return new Map((await readZip(artifact?.bytes ?? new Uint8Array())).map((e) => [e.name, e.content]));
}

describe('one runtime bundle per target', () => {
  it.each(targetNames.map((target) => [target, target]))('the %s zip carries the %s bundle at assets/coursewright.js, where the page loads it', async (target) => {
    const entries = await packageEntries(target, sampleRuntimeDir);
    const bundle = readFileSync(join(sampleRuntimeDir, runtimeBundleName(target)));
    expect(entries.get('assets/coursewright.js')).toEqual(bundle);
    expect(bundle.toString()).toContain(`coursewright runtime for ${target}"`);
    // The stand-in's record: xAPI and cmi5 load the code that writes answers as statements.
    const features = (featureRecord(sampleRuntimeDir)[target] ?? []).map((name) => `assets/features/${name}.js`);
    expect([...entries.keys()].filter((name) => name.endsWith('.js')).sort()).toEqual(['assets/coursewright.js', ...features]);
    for (const feature of features) expect(entries.get(feature)).toEqual(readFileSync(join(sampleRuntimeDir, feature.replace('assets/', ''))));
  });

  it.each(targetNames.map((target) => [target, target]))('the %s zip carries the bundle npm run build made from src/runtime/targets/%s.ts', async (target) => {
    expect(existsSync(join(root, 'src', 'runtime', 'targets', `${target}.ts`))).toBe(true);
    expect(defaultRuntimeDir()).toBe(join(root, 'build', 'runtime'));
    const entries = await packageEntries(target);
    expect(entries.get('assets/coursewright.js')).toEqual(readFileSync(join(root, 'build', 'runtime', `coursewright-${target}.js`)));
  });

  it.each(targetNames)('the %s zip holds exactly the feature scripts npm run build recorded that its bundle can load, as built', async (target) => {
    const runtimeDir = defaultRuntimeDir();
    const recorded = featureRecord(runtimeDir)[target];
    expect(recorded).toBeDefined();
    const entries = await packageEntries(target);
    expect(featuresIn(entries)).toEqual(recorded);
    for (const name of recorded ?? []) expect(entries.get(`assets/features/${name}.js`)).toEqual(readFileSync(join(runtimeDir, 'features', `${name}.js`)));
  });

  it('takes the feature scripts of each target from the build’s record, whatever it says', async () => {
    const runtimeDir = runtimeRecording('swapped', { cmi5: [], scorm12: ['xapi-answers'], scorm2004: [], web: [], xapi: [] });
    expect(featuresIn(await packageEntries('scorm12', runtimeDir))).toEqual(['xapi-answers']);
    expect(featuresIn(await packageEntries('xapi', runtimeDir))).toEqual([]);
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

  it('stops with "run npm run build" when the record of features is missing or older than the target', () => {
    const missing = join(work, 'no-record');
    cpSync(sampleRuntimeDir, missing, { recursive: true });
    rmSync(join(missing, targetFeaturesFile));
    expect(() => addRuntimeBundle(sampleSite(), 'xapi', missing)).toThrow('The browser runtime for xapi is not built (target-features.json missing): run "npm run build".');
    expect(() => addRuntimeBundle(sampleSite(), 'web', runtimeRecording('older', { xapi: ['xapi-answers'] }))).toThrow(
      'The browser runtime for web is not built (target-features.json does not list it): run "npm run build".',
    );
    const damaged = runtimeRecording('damaged', {});
    writeFileSync(join(damaged, targetFeaturesFile), '{"xapi": [');
    expect(() => addRuntimeBundle(sampleSite(), 'xapi', damaged)).toThrow('The browser runtime for xapi is not built (target-features.json does not list it): run "npm run build".');
  });

  it('stops with "run npm run build" when the record names a feature script that was not built', () => {
    const runtimeDir = runtimeRecording('unbuilt-feature', { cmi5: ['glossary'], scorm12: [], scorm2004: [], web: [], xapi: [] });
    expect(() => addRuntimeBundle(sampleSite(), 'cmi5', runtimeDir)).toThrow('The browser runtime for cmi5 is not built (features/glossary.js missing): run "npm run build".');
  });
});
