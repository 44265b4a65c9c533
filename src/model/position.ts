/** A 1-based line and column in a file the author edits. */
export interface Position {
  line: number;
  column: number;
}

/** A span in a source file; `end` is optional for point diagnostics. */
export interface Range {
  start: Position;
  end?: Position;
}

/** Where something came from: a course-relative file path and a range in it. */
export interface SourceLocation {
  file: string;
  range?: Range;
}
