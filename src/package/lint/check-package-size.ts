import type { DiagnosticSink } from '../../diagnostics/context.js';

/**
 * 200 MB (decimal megabytes, the smaller reading): CrossKnowledge's limit and safely under
 * Cornerstone's recommended 250 MB (standards §0.8).
 */
export const defaultMaxPackageBytes = 200_000_000;

/**
 * Warn when a package is larger than many LMSs accept. Checked on the finished zip, whose size is
 * what the LMS upload sees (text shrinks when deflated; media is stored as it is).
 */
export function checkPackageSize(
  fileName: string,
  size: number,
  sink: DiagnosticSink,
  limit: number = defaultMaxPackageBytes,
): void {
  if (size <= limit) return;
  sink.report('package-too-large', {
    values: { file: fileName, size: megabytes(size), limit: megabytes(limit) },
  });
}

function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
