import { statSync } from 'node:fs';
import { inspectPackage, type PackageReport } from '../../inspect/inspect-package.js';
import { checkSharedContentIds } from '../../inspect/shared-content-ids.js';
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
  checkSharedContentIds(reports);
  const failed = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  if (options.format === 'json') {
    term.out(JSON.stringify({ formatVersion: jsonFormatVersion, ok: !failed, packages: reports }, null, 2));
  } else {
    term.out(reports.map((r) => formatInspectReport(r, term.color)).join('\n\n'));
  }
  return failed ? exitCodes.content : exitCodes.ok;
}
