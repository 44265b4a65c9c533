import type { DiagnosticSink } from '../diagnostics/context.js';
import type { CourseSource } from '../load/course-source.js';
import type { SourceLocation } from '../model/position.js';
import type { PictureSize } from '../parse/assets/check-media.js';

/**
 * Everything a lesson's body parse may use besides its own text and the course settings: the
 * build cache records what passes through these to know when a cached parse is still right.
 */
export interface LessonChannels {
  sink: DiagnosticSink;
  source: CourseSource;
  /** The course's asset resolver (it remembers what every lesson uses). */
  resolveAsset(fromFile: string, url: string, at: SourceLocation): string | undefined;
  /** A picture's size in pixels (`path` course-relative, as resolved), from its header; undefined when not known. */
  imageSize(path: string): PictureSize | undefined;
  /** The id of the lesson in `file` (a link target), when it is a lesson of the course. */
  lessonId(file: string): string | undefined;
  /** Told before each Markdown conversion of `file`. */
  converting(file: string): void;
}
