import { makeDiagnostic } from '../diagnostics/context.js';
import { successFactorsPrefixLength } from './check-lms-quirks.js';
import type { PackageReport } from './inspect-package.js';

/**
 * SuccessFactors builds a content object's id from the first 15 characters of the manifest
 * identifier and the item's resource identifier (standards §1.13): of SCORM zips inspected
 * together, two that share both would overwrite each other there. Versions of one coursewright
 * course share them on purpose (a new version replaces the old), so only zips of different
 * courses, or zips not made by coursewright with different manifest identifiers, are reported
 * (`inspect-identifier-prefix`, on the later zip).
 */
export function checkSharedContentIds(reports: readonly PackageReport[]): void {
  const seen: { report: PackageReport; prefix: string; resources: Set<string> }[] = [];
  for (const report of reports) {
    const id = report.facts?.standard.startsWith('scorm') ? report.facts.identifier : undefined;
    if (id === undefined) continue;
    const prefix = id.slice(0, successFactorsPrefixLength);
    const resources = new Set((report.facts?.identifiers ?? []).filter((identifier) => identifier.element === 'resource').map((identifier) => identifier.value));
    const other = seen.find((earlier) => earlier.prefix === prefix && [...resources].some((resource) => earlier.resources.has(resource)));
    seen.push({ report, prefix, resources });
    if (!other || other.report.facts?.identifier === id || sameCourse(other.report, report)) continue;
    report.diagnostics.push(makeDiagnostic('inspect-identifier-prefix', {
      at: { file: report.manifest ?? '' },
      values: { zip: report.zip, other: other.report.zip, prefix, value: id },
    }));
  }
}

/** Versions of one coursewright course share their identifiers but the version by design. */
function sameCourse(a: PackageReport, b: PackageReport): boolean {
  return a.coursewright !== undefined && a.coursewright.courseId === b.coursewright?.courseId;
}
