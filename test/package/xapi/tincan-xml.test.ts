import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchableActivities } from '../../../src/package/lint/check-tincan-launch.js';
import { buildTincanXml } from '../../../src/package/xapi/tincan-xml.js';
import { expectGolden } from '../../support-course/golden.js';
import { sampleCourse, sampleSite } from '../../support-package/sample-package.js';

const golden = join(import.meta.dirname, '..', '..', 'fixtures', 'package', 'xapi', 'tincan.xml');
const iri = 'https://learning.example.org/courses/respect-at-work';

/** id, type and child element names of each activity, in order. */
function activities(xml: string): { id: string; type: string; children: string[] }[] {
  return [...xml.matchAll(/<activity id="([^"]*)" type="([^"]*)">([\s\S]*?)<\/activity>/g)].map((m) => ({
    id: m[1] ?? '',
    type: m[2] ?? '',
    children: [...(m[3] ?? '').matchAll(/<(\w+) /g)].map((c) => c[1] ?? ''),
  }));
}

describe('tincan.xml', () => {
  it('matches the reviewed golden file (UPDATE=1 rewrites it)', () => {
    expectGolden(buildTincanXml(sampleSite(), sampleCourse()).xml, golden);
  });

  it('has the Tin Can namespace and exactly one launchable activity: the course, launching the entry page', () => {
    const { xml, references } = buildTincanXml(sampleSite(), sampleCourse());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tincan xmlns="http://projecttincan.com/tincan.xsd">\n')).toBe(true);
    expect(launchableActivities(xml)).toBe(1);
    const [course] = activities(xml);
    expect(course).toEqual({ id: iri, type: 'http://adlnet.gov/expapi/activities/course', children: ['name', 'description', 'launch'] });
    expect(xml).toContain('<launch lang="en">index.html</launch>');
    expect(references).toEqual([{ manifest: 'tincan.xml', href: 'index.html' }]);
  });

  it('describes each lesson, not launchable, with the id the runtime uses in its statements', () => {
    const lessons = activities(buildTincanXml(sampleSite(), sampleCourse()).xml).slice(1);
    expect(lessons).toEqual([
      { id: `${iri}/lessons/welcome`, type: 'http://adlnet.gov/expapi/activities/lesson', children: ['name', 'description'] },
      { id: `${iri}/lessons/speaking-up`, type: 'http://adlnet.gov/expapi/activities/lesson', children: ['name', 'description'] },
    ]);
  });

  it('writes names and descriptions in the course language, the description falling back to the title', () => {
    const { xml } = buildTincanXml(sampleSite(), sampleCourse({ language: 'es-MX', description: undefined, title: 'Respeto' }));
    expect(xml).toContain('<name lang="es-MX">Respeto</name>');
    expect(xml).toContain('<description lang="es-MX">Respeto</description>');
    expect(xml).toContain('<launch lang="es-MX">index.html</launch>');
  });

  it('escapes author text and drops characters XML cannot hold', () => {
    const { xml } = buildTincanXml(sampleSite(), sampleCourse({ title: 'Fire & safety <2027> \u0007“ünïcode”' }));
    expect(xml).toContain('<name lang="en">Fire &amp; safety &lt;2027&gt; “ünïcode”</name>');
    expect(xml).toContain('<name lang="en">Speaking up &amp; &lt;listening&gt;</name>');
  });

  it('uses urn:coursewright:<id> ids when the course sets no IRI', () => {
    const { xml } = buildTincanXml(sampleSite(), sampleCourse({ iri: 'urn:coursewright:respect-at-work' }));
    expect(activities(xml).map((a) => a.id)).toEqual([
      'urn:coursewright:respect-at-work',
      'urn:coursewright:respect-at-work/lessons/welcome',
      'urn:coursewright:respect-at-work/lessons/speaking-up',
    ]);
  });

  it('holds no LRS endpoint, credentials or learner: the LMS puts those in the launch URL', () => {
    const { xml } = buildTincanXml(sampleSite(), sampleCourse());
    expect(xml).not.toMatch(/endpoint|auth|actor|mbox|registration|password|token/i);
  });

  it('is the same text however often it is built', () => {
    const a = buildTincanXml(sampleSite(), sampleCourse()).xml;
    const b = buildTincanXml({ ...sampleSite(), files: sampleSite().files.reverse() }, sampleCourse()).xml;
    expect(b).toBe(a);
  });
});
