import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmi5Xml, cmi5MasteryScore } from '../../../src/package/cmi5/cmi5-xml.js';
import { expectGolden } from '../../support-course/golden.js';
import { sampleCourse, sampleSite } from '../../support-package/sample-package.js';
import { validateCmi5Xml } from '../../support-package/validate-xsd.js';

const golden = join(import.meta.dirname, '..', '..', 'fixtures', 'package', 'cmi5', 'cmi5.xml');
const iri = 'https://learning.example.org/courses/respect-at-work';

/** The `id` attributes in document order. */
const ids = (xml: string): string[] => [...xml.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('cmi5.xml', () => {
  it('matches the reviewed golden file (UPDATE=1 rewrites it)', () => {
    expectGolden(buildCmi5Xml(sampleSite(), sampleCourse()).xml, golden);
  });

  it.each([
    ['with a mastery score', sampleCourse()],
    ['without a mastery score', sampleCourse({ masteryScore: undefined })],
    ['with the default IRI, another language and no description', sampleCourse({ iri: 'urn:coursewright:respect-at-work', language: 'es-MX', description: undefined })],
    ['with text XML must escape or cannot hold', sampleCourse({ title: 'Fire & safety <2027> \u0007“ünïcode”', masteryScore: 66.666 })],
  ])('is valid against the official CourseStructure.xsd %s', async (_name, course) => {
    expect(await validateCmi5Xml(buildCmi5Xml(sampleSite(), course).xml)).toEqual({ valid: true, errors: [] });
  });

  it('the validator rejects what CATAPULT rejects: a missing AU url, an unknown moveOn', async () => {
    const { xml } = buildCmi5Xml(sampleSite(), sampleCourse());
    const result = await validateCmi5Xml(xml.replace(/\s*<url>index.html<\/url>/, '').replace('moveOn="CompletedAndPassed"', 'moveOn="Done"'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/moveOn.*'Done' is not an element of the set/);
    expect(result.errors.join('\n')).toMatch(/Missing child element\(s\)\. Expected is .*url/);
  });

  it('names the course by its IRI and the one AU <iri>/au: absolute IRIs, unique', () => {
    const all = ids(buildCmi5Xml(sampleSite(), sampleCourse()).xml);
    expect(all).toEqual([iri, `${iri}/au`]);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(() => new URL(id)).not.toThrow();
  });

  it('launches the entry page in any window, moving on when completed and passed, with the mastery score as 0–1', () => {
    const { xml, references } = buildCmi5Xml(sampleSite(), sampleCourse());
    expect(xml).toContain(`<au id="${iri}/au" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="AnyWindow">`);
    expect(xml).toContain('<url>index.html</url>');
    expect(references).toEqual([{ manifest: 'cmi5.xml', href: 'index.html' }]);
  });

  it('moves on when completed when the course has no mastery score, and then writes none', () => {
    const { xml } = buildCmi5Xml(sampleSite(), sampleCourse({ masteryScore: undefined }));
    expect(xml).toContain(`<au id="${iri}/au" moveOn="Completed" launchMethod="AnyWindow">`);
    expect(xml).not.toContain('masteryScore');
  });

  it('writes the mastery score as a decimal from 0 to 1 with at most four decimals', () => {
    expect([0, 50, 80, 100, 66.666, 33.33333, 12.5].map(cmi5MasteryScore)).toEqual(['0', '0.5', '0.8', '1', '0.6667', '0.3333', '0.125']);
  });

  it('writes title and description in the course language, the description falling back to the title', () => {
    const { xml } = buildCmi5Xml(sampleSite(), sampleCourse({ language: 'es-MX', description: undefined, title: 'Respeto' }));
    expect(xml.match(/<langstring lang="es-MX">Respeto<\/langstring>/g)).toHaveLength(4);
  });

  it('holds no LRS endpoint, credentials or learner: the LMS adds those to the launch URL', () => {
    const { xml } = buildCmi5Xml(sampleSite(), sampleCourse());
    expect(xml).not.toMatch(/endpoint|fetch|auth|actor|registration|password|token|launchParameters|entitlementKey/i);
  });

  it('is the same text however often it is built', () => {
    const a = buildCmi5Xml(sampleSite(), sampleCourse()).xml;
    expect(buildCmi5Xml({ ...sampleSite(), files: sampleSite().files.reverse() }, sampleCourse()).xml).toBe(a);
  });
});
