import type { RootContent } from 'mdast';
import type { Range, SourceLocation } from '../../model/position.js';
import type { CourseSource } from '../../load/course-source.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { HtmlOptions } from '../markdown/markdown-to-html.js';

/** What a block parser gets from the lesson being parsed. */
export interface BlockContext {
  /** Course-relative path of the lesson file. */
  file: string;
  sink: DiagnosticSink;
  source: CourseSource;
  /**
   * Line `line` (1-based) of the lesson's text as the parser read it ('' past its end), for a
   * message that points at a word within a line the tree gives only as a whole.
   */
  line(line: number): string;
  /**
   * The lesson's text from offset `start` to `end` as the parser read it (what a node spans, as
   * written), or undefined when the text is not known.
   */
  written(start: number, end: number): string | undefined;
  /**
   * Sanitized HTML of Markdown nodes (images and links resolved). With `checklists` (the lesson's
   * own text, not a block's), task lists are boxes the learner ticks (`tickableTaskLists`).
   */
  html(nodes: readonly RootContent[], options?: HtmlOptions): string;
  /** Plain text of Markdown nodes, for reports. */
  text(nodes: readonly RootContent[], max?: number): string;
  /** Course-relative path of a file referenced from `fromFile` (default: the lesson), or undefined (reported). */
  asset(url: string, at: SourceLocation, fromFile?: string): string | undefined;
  /**
   * Sanitized HTML of Markdown text standing in `file` (a transcript file, scenario YAML), paths relative
   * to that file; `mapRange` turns positions in `text` into positions in `file` when `text` is a part of it.
   */
  markdown(text: string, file: string, mapRange?: (range: Range) => Range): string;
  /** Plain text of a Markdown string, for reports. */
  plain(text: string, max?: number): string;
  /** Course language, the default for captions. */
  language: string;
  /**
   * Ids of the editions course.yml defines (empty when none), for `editions="…"` attributes;
   * undefined when course.yml's editions could not be read (the names are then not judged).
   */
  editions: readonly string[] | undefined;
  /**
   * The file to read for a course file referenced from the lesson (a scenario): itself, or its
   * translation when the course is parsed in another language.
   */
  translated(path: string, at: SourceLocation): string;
  /**
   * Course setting: may reflections be reported at all. Absent when course.yml's setting could not
   * be read (an error of its own): reflections are then not judged against it.
   */
  reflectionsReported?: boolean;
  /** Course setting `reporting.reflections: session`: reflection text is kept for the browser session only. */
  reflectionsSession?: boolean;
}
