import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import type { Site } from '../../../src/model/site.js';
import { buildScorm2004Manifest, minNormalizedMeasure } from '../../../src/package/scorm2004/scorm2004-manifest.js';
import { expectGolden } from '../../support-course/golden.js';
import { readZip } from '../../support-package/read-zip.js';
import { sampleCourse, sampleSiteFor } from '../../support-package/sample-package.js';
import { validateScorm2004Manifest } from '../../support-package/validate-xsd.js';

/** The site as the package stage hands it to the SCORM 2004 packager, runtime bundle included. */
const sampleSite = (): Site => sampleSiteFor('scorm2004');

const golden = join(import.meta.dirname, '..', '..', 'fixtures', 'package', 'scorm2004', 'imsmanifest.xml');

describe('SCORM 2004 4th Edition manifest', () => {
  it('matches the reviewed golden manifest (UPDATE=1 rewrites it)', () => {
    expectGolden(buildScorm2004Manifest(sampleSite(), sampleCourse()).xml, golden);
  });

  it('is valid against ADL\'s 4th Edition XSDs, with and without a mastery score', async () => {
    for (const masteryScore of [80, undefined]) {
      const { xml } = buildScorm2004Manifest(sampleSite(), sampleCourse({ masteryScore }));
      expect(await validateScorm2004Manifest(xml), String(masteryScore)).toEqual({ valid: true, errors: [] });
    }
  });

  it('the validator rejects what the XSDs forbid: an id starting with a digit, scormType="SCO"', async () => {
    const { xml } = buildScorm2004Manifest(sampleSite(), sampleCourse());
    const bad = xml.replace('identifier="respect-at-work-item"', 'identifier="1-item"').replace('adlcp:scormType="sco"', 'adlcp:scormType="SCO"');
    const result = await validateScorm2004Manifest(bad);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/'1-item' is not a valid value of the atomic type 'xs:ID'/);
    expect(result.errors.join('\n')).toMatch(/scormType.*'SCO'/);
  });

  it('writes the exact namespaces, schemaLocation, schema version and sequencing', () => {
    const { xml } = buildScorm2004Manifest(sampleSite(), sampleCourse());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<manifest ')).toBe(true);
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    for (const prefix of ['adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"', 'adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"', 'adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"', 'imsss="http://www.imsglobal.org/xsd/imsss"']) {
      expect(xml).toContain(`xmlns:${prefix}`);
    }
    expect(xml).toContain(
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd ' +
        'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    );
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('<imsss:controlMode choice="true" flow="true"/>');
    expect(xml).toContain('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
    expect(xml).toContain('type="webcontent" adlcp:scormType="sco" href="index.html"');
    expect(xml).not.toMatch(/masteryscore|scormtype/);
  });

  it('states the mastery score as a primary objective satisfied by measure, only when there is one', () => {
    const { xml } = buildScorm2004Manifest(sampleSite(), sampleCourse({ masteryScore: 80 }));
    expect(xml).toMatch(/<imsss:primaryObjective objectiveID="respect-at-work-item-mastery" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8<\/imsss:minNormalizedMeasure>/);
    expect(buildScorm2004Manifest(sampleSite(), sampleCourse({ masteryScore: undefined })).xml).not.toContain('objectives');
    expect([minNormalizedMeasure(66.67), minNormalizedMeasure(100), minNormalizedMeasure(0), minNormalizedMeasure(undefined)]).toEqual(['0.6667', '1', '0', undefined]);
  });

  it('lists every site file once and uses the SCORM 1.2 identifiers', () => {
    const site = sampleSite();
    const { xml, references } = buildScorm2004Manifest(site, sampleCourse());
    const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(listed).toEqual(site.files.map((f) => f.path).sort());
    expect(references.map((r) => r.href)).toEqual(['index.html', ...listed]);
    expect(xml).toContain(' identifier="respect-at-work-v2027.1" version="2027.1"');
    expect(xml).toContain('<organizations default="respect-at-work-org">');
    expect(xml).toContain('<item identifier="respect-at-work-item" identifierref="respect-at-work-sco">');
  });
});

describe.each(['getting-started', 'respect-at-work'])('the sample course %s as SCORM 2004', (name) => {
  it('has a manifest valid against the official XSDs, and the control files at the root', async () => {
    const result = await compileCourse({ dir: join(import.meta.dirname, '..', '..', '..', 'courses', name), targets: ['scorm2004'], ...(name === 'respect-at-work' ? { editions: ['employee'] } : {}) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const artifact = result.artifacts.find((a) => a.target === 'scorm2004');
    expect(artifact?.fileName).toMatch(new RegExp(`^${name}-(employee-en-)?scorm2004-.+\\.zip$`));
    const entries = new Map((await readZip(artifact?.bytes ?? new Uint8Array())).map((e) => [e.name, e.content]));
    expect(await validateScorm2004Manifest(entries.get('imsmanifest.xml')?.toString('utf8') ?? '')).toEqual({ valid: true, errors: [] });
    for (const file of ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'imsss_v1p0util.xsd', 'xml.xsd', 'XMLSchema.dtd', 'datatypes.dtd']) expect(entries.has(file), file).toBe(true);
  });
});
