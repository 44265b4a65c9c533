import { statSync } from 'node:fs';
import { inspectPackage, type PackageReport } from '../../inspect/inspect-package.js';
import { successFactorsPrefixLength } from '../../inspect/check-lms-quirks.js';
import { makeDiagnostic } from '../../diagnostics/context.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { formatInspectReport } from '../format-inspect-report.js';
import type { Terminal } from '../terminal.js';
import { jsonFormatVersion } from '../json-format-version.js';

/** Options of `coursewright inspect`. */
export interface InspectCommandOptions {
  format: 'text' | 'json';
}

/**
 * `coursewright inspect <zip...>`: check finished packages as an LMS would see them. Exit 1 when
 * any zip has errors, 2 when a named file does not exist.
 */
export async function runInspect(zips: string[], options: InspectCommandOptions, term: Terminal): Promise<number> {
  const sizes = zips.map((zip) => {
    try {
      const stat = statSync(zip);
      if (!stat.isFile()) throw new UsageError(`Expected a zip file, found the folder "${zip}".`);
      return stat.size;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`Package not found: "${zip}".`);
    }
  });
  const reports: PackageReport[] = [];
  for (const [i, zip] of zips.entries()) reports.push(await inspectPackage(zip, zip, { zipBytes: sizes[i] ?? 0 }));
  reportSharedPrefixes(reports);
  const failed = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  if (options.format === 'json') {
    term.out(JSON.stringify({ formatVersion: jsonFormatVersion, ok: !failed, packages: reports }, null, 2));
  } else {
    term.out(reports.map((r) => formatInspectReport(r, term.color)).join('\n\n'));
  }
  return failed ? exitCodes.content : exitCodes.ok;
}

/**
 * SuccessFactors tells courses apart by the first 15 characters of the manifest identifier
 * (standards §1.13): two SCORM zips inspected together that share them would overwrite each other.
 * Different versions of one course share them on purpose, so only different identifiers count.
 */
function reportSharedPrefixes(reports: PackageReport[]): void {
  const seen = new Map<string, PackageReport>();
  for (const report of reports) {
    const id = report.facts?.standard.startsWith('scorm') ? report.facts.identifier : undefined;
    if (id === undefined) continue;
    const prefix = id.slice(0, successFactorsPrefixLength);
    const other = seen.get(prefix);
    if (!other) {
      seen.set(prefix, report);
    } else if (other.facts?.identifier !== id && sameCourse(other, report) === false) {
      report.diagnostics.push(makeDiagnostic('inspect-identifier-prefix', {
        at: { file: report.manifest ?? '' },
        values: { zip: report.zip, other: other.zip, prefix, value: id },
      }));
    }
  }
}

/** Versions of one coursewright course share the prefix by design; otherwise unknown (false). */
function sameCourse(a: PackageReport, b: PackageReport): boolean {
  return a.coursewright !== undefined && a.coursewright.courseId === b.coursewright?.courseId;
}
