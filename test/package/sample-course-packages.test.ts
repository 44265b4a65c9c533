import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { courseIriProblem } from '../../src/parse/course/course-iri.js';
import { launchableActivities } from '../../src/package/lint/check-tincan-launch.js';
import { readZip } from '../support-package/read-zip.js';
import { validateCmi5Xml } from '../support-package/validate-xsd.js';

const courses = ['getting-started', 'respect-at-work'];
const root = join(import.meta.dirname, '..', '..', 'courses');

const built = new Map<string, Promise<Map<string, Map<string, Buffer>>>>();

/** The entries of each package a sample course builds into, by target (built once per course). */
function samplePackages(name: string): Promise<Map<string, Map<string, Buffer>>> {
  let packages = built.get(name);
  if (!packages) built.set(name, (packages = buildSample(name)));
  return packages;
}

async function buildSample(name: string): Promise<Map<string, Map<string, Buffer>>> {
  const result = await compileCourse({ dir: join(root, name) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const packages = new Map<string, Map<string, Buffer>>();
  for (const artifact of result.artifacts) {
    packages.set(artifact.target, new Map((await readZip(artifact.bytes ?? new Uint8Array())).map((e) => [e.name, e.content])));
  }
  return packages;
}

/** Every `id="…"` in a manifest. */
const ids = (xml: string): string[] => [...xml.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');

describe.each(courses)('the sample course %s', (name) => {
  it('builds every target by default, each tracked package with its manifest at the root', async () => {
    const packages = await samplePackages(name);
    expect([...packages.keys()]).toEqual(['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web']);
    expect(packages.get('web')?.has('index.html')).toBe(true);
    expect(packages.get('scorm12')?.has('imsmanifest.xml')).toBe(true);
    expect(packages.get('scorm2004')?.has('imsmanifest.xml')).toBe(true);
    expect(packages.get('xapi')?.has('tincan.xml')).toBe(true);
    expect(packages.get('cmi5')?.has('cmi5.xml')).toBe(true);
  });

  it('has a cmi5.xml valid against CourseStructure.xsd, with unique absolute IRIs and an AU URL in the zip', async () => {
    const cmi5 = (await samplePackages(name)).get('cmi5');
    const xml = cmi5?.get('cmi5.xml')?.toString('utf8') ?? '';
    expect(await validateCmi5Xml(xml)).toEqual({ valid: true, errors: [] });
    const all = ids(xml);
    expect(all).toHaveLength(2);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(courseIriProblem(id), id).toBeUndefined();
    expect(cmi5?.has(/<url>([^<]+)<\/url>/.exec(xml)?.[1] ?? '')).toBe(true);
  });

  it('has a tincan.xml with one launchable activity and unique absolute activity ids', async () => {
    const xapi = (await samplePackages(name)).get('xapi');
    const xml = xapi?.get('tincan.xml')?.toString('utf8') ?? '';
    expect(launchableActivities(xml)).toBe(1);
    const all = ids(xml);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(courseIriProblem(id), id).toBeUndefined();
    expect(xapi?.has(/<launch lang="[^"]+">([^<]+)<\/launch>/.exec(xml)?.[1] ?? '')).toBe(true);
  });
});
