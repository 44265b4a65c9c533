import type { DiagnosticSink } from '../diagnostics/context.js';
import type { SourceLocation } from '../model/position.js';
import type { CourseSource } from './course-source.js';
import { SourceFileError } from './source-file-error.js';
import { formatBytes, formatSizeOver } from './text-file-limits.js';

/** The codes `readSourceText` reports: the file was not read at all. */
export const sourceFileCodes: ReadonlySet<string> = new Set(['file-too-large', 'file-unreadable', 'file-hard-linked', 'file-not-utf8']);

/**
 * The text of a course file, or undefined when it is too large or cannot be read, reported as
 * `file-too-large`, `file-unreadable` or `file-hard-linked` at `at`, where the file is referred to
 * (the file itself is never opened for a code frame: it may be huge or unreadable), or as
 * `file-not-utf8` in the file, at its first byte that is not UTF-8.
 */
export function readSourceText(source: CourseSource, path: string, sink: DiagnosticSink, at: SourceLocation = { file: path }): string | undefined {
  try {
    const refused = source.check?.(path);
    if (refused) throw refused;
    return source.readText(path);
  } catch (error) {
    if (!(error instanceof SourceFileError)) throw error;
    reportSourceFileError(error, at, sink);
    return undefined;
  }
}

/**
 * Whether a file a course names can be used: 'missing' when the course has no such file (nor a
 * symbolic link by that name), the source's refusal when it refuses the file by name (a link, a
 * hard link), else undefined.
 */
export function refusedFile(source: CourseSource, path: string): SourceFileError | 'missing' | undefined {
  const refused = source.check?.(path);
  if (refused) return refused;
  return source.has(path) ? undefined : 'missing';
}

/** Report a file the source refused, at the place that refers to it. */
export function reportSourceFileError(error: SourceFileError, at: SourceLocation, sink: DiagnosticSink): void {
  const related = at.file === error.path ? [] : [{ at: { file: error.path }, message: 'The file.' }];
  if (error.problem === 'too-large') {
    sink.report('file-too-large', { at, values: { path: error.path, size: formatSizeOver(error.size, error.limit), limit: formatBytes(error.limit) }, related });
  } else if (error.problem === 'not-utf8') {
    // At the byte itself, in the file; the place that uses the file comes with it.
    const usedAt = at.file === error.path ? [] : [{ at, message: 'Used here.' }];
    sink.report('file-not-utf8', { at: { file: error.path, range: { start: error.at ?? { line: 1, column: 1 } } }, values: { path: error.path, reason: error.reason }, related: usedAt });
  } else if (error.problem === 'hard-linked') {
    sink.report('file-hard-linked', { at, values: { path: error.path }, related });
  } else {
    sink.report('file-unreadable', { at, values: { path: error.path, reason: error.reason }, related });
  }
}
