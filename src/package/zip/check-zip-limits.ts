import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { SiteFile } from '../../model/site.js';
import { isPrecompressed } from './compression.js';
import { zipLimits } from './zip-records.js';

/** The limits of a zip without Zip64 records; injectable so tests need no 4 GiB file. */
export interface ZipLimits {
  entries: number;
  bytes: number;
}

// Local header (30) + central header (46) per entry, both with the name; the end record (22).
const entryOverhead = (name: string): number => 76 + 2 * Buffer.byteLength(name);

/**
 * Decide before a byte is written whether the package fits a zip without Zip64, which
 * coursewright does not write (many LMSs and unzip tools mishandle it): every file at most 4 GiB,
 * at most 65,535 entries, and the files that are stored as they are (media) plus the records
 * already over 4 GiB. Reported as `package-file-over-zip-limit` naming the file, or
 * `package-over-zip-limit`. Text that deflation shrinks is checked while writing, as a backstop.
 * Returns true when the package cannot be written.
 */
export function checkZipLimits(
  fileName: string,
  files: readonly SiteFile[],
  sizeOf: (source: string) => number,
  sink: DiagnosticSink,
  limits: ZipLimits = zipLimits,
): boolean {
  let failed = false;
  let least = 22;
  const folders = new Set<string>();
  for (const file of files) {
    // A file made when written (a lesson's script) is text, far from 4 GiB: checked while writing.
    const size = file.source !== undefined ? sizeOf(file.source) : Buffer.byteLength(file.content ?? '');
    if (size > limits.bytes) {
      sink.report('package-file-over-zip-limit', {
        at: { file: file.source ?? file.path },
        values: { path: file.source ?? file.path, file: fileName, size: gibibytes(size), limit: gibibytes(limits.bytes) },
      });
      failed = true;
    }
    // Deflated files may shrink, so only stored ones (media) count towards the certain size.
    if (file.store ?? isPrecompressed(file.path)) least += size;
    least += entryOverhead(file.path);
    for (let slash = file.path.indexOf('/'); slash > 0; slash = file.path.indexOf('/', slash + 1)) folders.add(file.path.slice(0, slash + 1));
  }
  for (const folder of folders) least += entryOverhead(folder);
  const entries = files.length + folders.size;
  if (entries > limits.entries) {
    sink.report('package-over-zip-limit', { values: { file: fileName, reason: `it would have ${entries} files and folders, more than the ${limits.entries} a zip without Zip64 holds` } });
    failed = true;
  } else if (!failed && least > limits.bytes) {
    sink.report('package-over-zip-limit', { values: { file: fileName, reason: `it would be at least ${gibibytes(least)}, more than the ${gibibytes(limits.bytes)} a zip without Zip64 holds` } });
    failed = true;
  }
  return failed;
}

/** "4 GiB", "4.7 GiB": precise enough to compare with the limit. */
function gibibytes(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  return gib >= 0.1 ? `${gib.toFixed(2).replace(/\.?0+$/, '')} GiB (${bytes.toLocaleString('en-US')} bytes)` : `${bytes.toLocaleString('en-US')} bytes`;
}
