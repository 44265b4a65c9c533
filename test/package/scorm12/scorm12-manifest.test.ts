import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/model/site.js';
import { buildScorm12Manifest } from '../../../src/package/scorm12/scorm12-manifest.js';
import { expectGolden } from '../../support-course/golden.js';
import { sampleCourse, sampleSiteFor } from '../../support-package/sample-package.js';
import { validateScorm12Manifest } from '../../support-package/validate-xsd.js';

/** The site as the package stage hands it to the SCORM 1.2 packager, runtime bundle included. */
const sampleSite = (): Site => sampleSiteFor('scorm12');

const golden = join(import.meta.dirname, '..', '..', 'fixtures', 'package', 'scorm12', 'imsmanifest.xml');

describe('SCORM 1.2 manifest', () => {
  it('matches the reviewed golden manifest (UPDATE=1 rewrites it)', () => {
    expectGolden(buildScorm12Manifest(sampleSite(), sampleCourse()).xml, golden);
  });

  it('is valid against the official SCORM 1.2 XSDs', async () => {
    const { xml } = buildScorm12Manifest(sampleSite(), sampleCourse());
    expect(await validateScorm12Manifest(xml)).toEqual({ valid: true, errors: [] });
  });

  it('is valid without a mastery score, and then has no masteryscore element', async () => {
    const { xml } = buildScorm12Manifest(sampleSite(), sampleCourse({ masteryScore: undefined }));
    expect(xml).not.toContain('masteryscore');
    expect(await validateScorm12Manifest(xml)).toEqual({ valid: true, errors: [] });
  });

  it('the validator rejects what LMSs reject: an id starting with a digit, 2004-style scormType', async () => {
    const { xml } = buildScorm12Manifest(sampleSite(), sampleCourse());
    const bad = xml
      .replace('identifier="respect-at-work-item"', 'identifier="1-item"')
      .replace('adlcp:scormtype=', 'adlcp:scormType=');
    expect(bad).not.toBe(xml);
    const result = await validateScorm12Manifest(bad);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/'1-item' is not a valid value of the atomic type 'xs:ID'/);
    expect(result.errors.join('\n')).toMatch(/scormType.*No matching global attribute declaration/);
  });

  it('points organizations@default and item@identifierref at existing identifiers', () => {
    // libxml2 does not check IDREF targets during schema validation, so this is asserted here.
    const { xml } = buildScorm12Manifest(sampleSite(), sampleCourse());
    const ids = [...xml.matchAll(/ identifier="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(/<organizations default="([^"]+)"/.exec(xml)?.[1]);
    expect(ids).toContain(/ identifierref="([^"]+)"/.exec(xml)?.[1]);
    expect(/<resource identifier="([^"]+)"/.exec(xml)?.[1]).toBe(/ identifierref="([^"]+)"/.exec(xml)?.[1]);
  });

  it('starts with the UTF-8 declaration, has no BOM, and keeps schemaLocation on one line', () => {
    const { xml } = buildScorm12Manifest(sampleSite(), sampleCourse());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<manifest ')).toBe(true);
    expect(xml.charCodeAt(0)).not.toBe(0xfeff);
    expect(xml).toContain(
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
        'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ' +
        'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    );
    // Moodle reads the prefix literally.
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('adlcp:scormtype="sco"');
  });

  it('escapes the title and drops characters XML cannot hold, staying valid', async () => {
    const course = sampleCourse({ title: 'Fire & safety <2027> \u0007“ünïcode”' });
    const { xml } = buildScorm12Manifest(sampleSite(), course);
    expect(xml).toContain('<title>Fire &amp; safety &lt;2027&gt; “ünïcode”</title>');
    expect(await validateScorm12Manifest(xml)).toEqual({ valid: true, errors: [] });
  });

  it('launches the site entry page and lists every site file once, but not itself or the XSDs', () => {
    const site = sampleSite();
    const { xml, references } = buildScorm12Manifest(site, sampleCourse());
    expect(xml).toContain('type="webcontent" adlcp:scormtype="sco" href="index.html"');
    const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(listed).toEqual(site.files.map((f) => f.path).sort());
    expect(listed).not.toContain('imsmanifest.xml');
    expect(references.map((r) => r.href)).toEqual(['index.html', ...listed]);
    expect(references.every((r) => r.manifest === 'imsmanifest.xml')).toBe(true);
  });

  it('is the same text however often it is built', () => {
    const a = buildScorm12Manifest(sampleSite(), sampleCourse()).xml;
    const b = buildScorm12Manifest({ ...sampleSite(), files: sampleSite().files.reverse() }, sampleCourse()).xml;
    expect(b).toBe(a);
  });
});
