/** Why a course file was not read. */
export type SourceFileProblem = 'too-large' | 'unreadable' | 'hard-linked' | 'not-utf8';

/**
 * A course file that the build must not or cannot read: larger than its limit, unreadable (no
 * permission, a folder, swapped for a link while the build ran), or hard-linked. Thrown by a
 * `CourseSource`; `readSourceText` turns it into a diagnostic that names the file.
 */
export class SourceFileError extends Error {
  /** Course-relative path of the file. */
  readonly path: string;
  readonly problem: SourceFileProblem;
  /** Plain-word reason, for `unreadable`. */
  readonly reason: string;
  /** Where in the file, for `not-utf8`: its first byte that is not UTF-8. */
  readonly at: { line: number; column: number } | undefined;
  /** Size and limit in bytes, for `too-large`. */
  readonly size: number;
  readonly limit: number;

  constructor(path: string, problem: SourceFileProblem, details: { reason?: string; size?: number; limit?: number; at?: { line: number; column: number }; cause?: unknown } = {}) {
    // The message is the plain reason, as describeFileError shows it in package-source-unreadable.
    super(details.reason ?? (problem === 'too-large' ? 'it is larger than the build reads' : problem), { cause: details.cause });
    this.name = 'SourceFileError';
    this.path = path;
    this.problem = problem;
    this.reason = details.reason ?? '';
    this.size = details.size ?? 0;
    this.limit = details.limit ?? 0;
    this.at = details.at;
  }
}
