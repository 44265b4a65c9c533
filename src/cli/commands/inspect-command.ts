import { readFileSync, statSync } from 'node:fs';
import { describeFileError } from '../../package/describe-file-error.js';
import { inspectPackage, type PackageReport } from '../../inspect/inspect-package.js';
import { checkSharedContentIds } from '../../inspect/shared-content-ids.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { formatInspectReport } from '../format-inspect-report.js';
import type { Terminal } from '../terminal.js';
import { jsonFormatVersion } from '../json-format-version.js';

/** Options of `coursewright inspect`. */
export interface InspectCommandOptions {
  format: 'text' | 'json';
  /** A file holding a learner's saved progress (`-`: standard input), read with the package's course data. */
  state?: string;
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
  if (options.state !== undefined && zips.length !== 1) throw new UsageError('--state reads saved progress with one package: name one zip, the one the learner was given.');
  const savedState = options.state === undefined ? {} : { savedState: readSavedState(options.state) };
  const reports: PackageReport[] = [];
  for (const [i, zip] of zips.entries()) reports.push(await inspectPackage(zip, zip, { zipBytes: sizes[i] ?? 0, ...savedState }));
  const unread = reports.find((r) => savedState.savedState !== undefined && r.savedState === undefined);
  if (unread) {
    const web = unread.diagnostics.some((d) => d.code === 'inspect-web-package');
    term.err(web
      ? `${unread.zip}: a web package keeps each learner's progress in their own browser, not in an LMS, so --state has nothing of an LMS's to read with it.`
      : `${unread.zip}: --state needs a package made by coursewright (its course data reads the saved progress); this one has none.`);
  }
  checkSharedContentIds(reports);
  const failed = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  if (options.format === 'json') {
    term.out(JSON.stringify({ formatVersion: jsonFormatVersion, ok: !failed, packages: reports }, null, 2));
  } else {
    term.out(reports.map((r) => formatInspectReport(r, term.color)).join('\n\n'));
  }
  return failed ? exitCodes.content : exitCodes.ok;
}

/** The saved progress in `path` (`-`: standard input), as copied from the LMS or LRS. */
function readSavedState(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the saved progress "${path}": ${describeFileError(error)}.`);
  }
}
