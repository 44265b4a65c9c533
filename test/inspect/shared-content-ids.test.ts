import { describe, expect, it } from 'vitest';
import type { PackageReport } from '../../src/inspect/inspect-package.js';
import { checkSharedContentIds } from '../../src/inspect/shared-content-ids.js';

/** A SCORM 1.2 zip's report as far as the check reads it: manifest id, resource ids, maker. */
function zip(name: string, manifest: string, resource: string, courseId?: string): PackageReport {
  return {
    zip: name,
    standard: 'scorm12',
    manifest: 'imsmanifest.xml',
    facts: { standard: 'scorm12', identifier: manifest, references: [], identifiers: [{ element: 'manifest', value: manifest }, { element: 'resource', value: resource }] },
    files: 1,
    unpackedBytes: 1,
    zipBytes: 1,
    largest: [],
    ...(courseId ? { coursewright: { courseId, version: '1', interactions: [] } } : {}),
    diagnostics: [],
  };
}
const warned = (reports: PackageReport[]): string[] => {
  checkSharedContentIds(reports);
  return reports.filter((report) => report.diagnostics.some((d) => d.code === 'inspect-identifier-prefix')).map((report) => report.zip);
};

describe('content ids SuccessFactors would give zips inspected together', () => {
  it('warns about two courses whose manifest ids share their first 15 characters and whose items share a resource id', () => {
    const reports = [zip('a.zip', 'com.example.cou-fire', 'SCO1'), zip('b.zip', 'com.example.cou-lift', 'SCO1')];
    expect(warned(reports)).toEqual(['b.zip']);
    expect(reports[1]?.diagnostics[0]?.message).toContain('"b.zip" and "a.zip" share their first 15 characters ("com.example.cou")');
  });

  it('keeps quiet about editions and languages of one course: the first 15 characters alike, their resource ids not', () => {
    expect(warned([
      zip('employee-en.zip', 'respect-at-work-employee-v2027.1', 'respect-at-work-employee-sco', 'respect-at-work-employee'),
      zip('employee-es.zip', 'respect-at-work-employee-es-v2027.1', 'respect-at-work-employee-es-sco', 'respect-at-work-employee'),
      zip('manager-en.zip', 'respect-at-work-manager-v2027.1', 'respect-at-work-manager-sco', 'respect-at-work-manager'),
    ])).toEqual([]);
  });

  it('keeps quiet about versions of one course, which share their ids on purpose', () => {
    expect(warned([zip('2026.zip', 'fire-safety-training-v2026.1', 'fire-safety-sco', 'fire-safety'), zip('2027.zip', 'fire-safety-training-v2027.1', 'fire-safety-sco', 'fire-safety')])).toEqual([]);
    expect(warned([zip('a.zip', 'same-manifest-identifier', 'SCO1'), zip('b.zip', 'same-manifest-identifier', 'SCO1')])).toEqual([]);
  });
});
