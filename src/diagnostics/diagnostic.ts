import type { Range } from '../model/position.js';

export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a course, with where it is and what to do about it. */
export interface Diagnostic {
  /** Permanent kebab-case name, e.g. `scenario-missing-target`; never renamed. */
  code: string;
  severity: Severity;
  /** What happened and why, in plain words; no position inside the text. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Path relative to the course root (or to the working folder for course-less problems). */
  file?: string;
  range?: Range;
  related?: { file?: string; range?: Range; message: string }[];
  /**
   * The problem this one follows from (its code and place): it is listed right after that one, and
   * a `related` entry says "Because of …". Absent for a problem that stands on its own.
   */
  cause?: { code: string; file?: string; range?: Range };
}
