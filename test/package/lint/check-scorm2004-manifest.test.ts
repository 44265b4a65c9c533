import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { checkScorm2004Manifest } from '../../../src/package/lint/check-scorm2004-manifest.js';
import { buildScorm2004Manifest } from '../../../src/package/scorm2004/scorm2004-manifest.js';
import { sampleCourse, sampleSiteFor } from '../../support-package/sample-package.js';
import { validateScorm2004Manifest } from '../../support-package/validate-xsd.js';

const manifest = (): string => buildScorm2004Manifest(sampleSiteFor('scorm2004'), sampleCourse()).xml;

/** The codes `checkScorm2004Manifest` reports for `xml`, and whether it said "error". */
function codesFor(xml: string): { failed: boolean; codes: string[] } {
  const sink = createDiagnosticSink();
  const failed = checkScorm2004Manifest(xml, sink);
  return { failed, codes: sink.diagnostics.map((d) => d.code) };
}

describe('checkScorm2004Manifest', () => {
  it('passes the manifest coursewright writes', () => {
    expect(codesFor(manifest())).toEqual({ failed: false, codes: [] });
  });

  // Each of these passes ADL's XSDs (they are lax about foreign attributes and elements), so only
  // the lint stops a package that strict LMSs would not track.
  it.each([
    ['scorm2004-scormtype-case', (xml: string) => xml.replace('adlcp:scormType="sco"', 'adlcp:scormtype="sco"')],
    ['scorm2004-masteryscore', (xml: string) => xml.replace('<imsss:sequencing>', '<adlcp:masteryscore>80</adlcp:masteryscore><imsss:sequencing>')],
    ['scorm2004-schemaversion', (xml: string) => xml.replace('2004 4th Edition', 'CAM 1.3')],
    ['scorm2004-namespace-prefix', (xml: string) => xml.replace('xmlns:adlcp=', 'xmlns:adl=').replace('adlcp:scormType', 'adl:scormType')],
  ])('reports %s for what the XSDs let through', async (code, spoil) => {
    const xml = spoil(manifest());
    expect(xml).not.toBe(manifest());
    expect(codesFor(xml)).toEqual({ failed: true, codes: [code] });
    if (code !== 'scorm2004-schemaversion') expect((await validateScorm2004Manifest(xml)).valid).toBe(true);
  });

  it('reports a missing schema version and unreadable XML', () => {
    expect(codesFor(manifest().replace(/<schemaversion>.*<\/schemaversion>/, ''))).toEqual({ failed: true, codes: ['scorm2004-schemaversion'] });
    expect(codesFor('not xml').codes).toEqual(['scorm2004-schemaversion']);
  });

  it('says what was found, in the author-facing message', () => {
    const sink = createDiagnosticSink();
    checkScorm2004Manifest(manifest().replace('2004 4th Edition', '2004 4th edition'), sink);
    expect(sink.diagnostics[0]?.message).toBe('The manifest "imsmanifest.xml" has the schema version "2004 4th edition"; expected exactly "2004 4th Edition".');
  });
});
