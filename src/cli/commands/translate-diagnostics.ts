import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format-diagnostics.js';
import type { CourseSource } from '../../load/course-source.js';
import { sourceFileCodes } from '../../load/read-source-text.js';

/**
 * Diagnostics as the build prints them, with code frames read through the course's source (the
 * same limits and no-follow opens as the build; a file too large or unreadable gets no frame).
 */
export function formatSourceDiagnostics(diagnostics: readonly Diagnostic[], where: { base: string; source: CourseSource }, color: boolean): string {
  const readSource = (file: string): string | undefined => {
    try {
      return where.source.has(file) ? where.source.readText(file) : undefined;
    } catch {
      return undefined; // too large, unreadable or swapped: the message says so; no frame
    }
  };
  return diagnostics.map((d) => formatDiagnostic(d, { base: where.base, readSource, color })).join('\n\n');
}

/** The diagnostics that say a course file was not read at all (`file-too-large`, `file-unreadable`, `file-hard-linked`). */
export function unreadFileDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => sourceFileCodes.has(d.code));
}
