import { createDiagnosticSink, sortDiagnostics } from '../diagnostics/context.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createDiskSource, type CourseSource } from '../load/course-source.js';
import type { SiteFile } from '../model/site.js';
import { packagers } from '../package/packagers.js';
import { addRuntimeBundle, defaultRuntimeDir } from '../package/runtime-bundle.js';
import { parseCourse } from '../parse/course/parse-course.js';
import { selectVariants } from '../parse/course/select-variants.js';
import { renderCourse } from '../render/render-course.js';
import { validateCourse } from '../validate/validate-course.js';

/** One build of a course for the preview: its files by package path, or the problems that stopped it. */
export interface PreviewBuild {
  /** Course id, when course.yml could be read. */
  courseId?: string;
  diagnostics: Diagnostic[];
  /** Every file of the SCORM 1.2 package by path; undefined when the course has errors. */
  files?: ReadonlyMap<string, SiteFile>;
  /** Where files with a `source` are read from. */
  source: CourseSource;
}

/**
 * Builds a course folder in memory as the SCORM 1.2 package would hold it (the same stages as
 * `compileCourse`, without zipping), so the preview serves exactly what learners would get.
 */
export function buildPreviewSite(dir: string, runtimeDir = defaultRuntimeDir()): PreviewBuild {
  const source = createDiskSource(dir, dir);
  const sink = createDiagnosticSink();
  const parsed = parseCourse(source, sink);
  // A course with editions previews its first edition, in the language its files are written in.
  const first = parsed?.editions?.[0]?.id;
  const course = parsed ? selectVariants([parsed], first === undefined ? undefined : [first], sink)[0] : undefined;
  if (course) validateCourse(course, sink);
  const diagnostics = (): Diagnostic[] => sortDiagnostics(sink.diagnostics);
  if (!course || sink.hasErrors()) return { ...(course ? { courseId: course.id } : {}), diagnostics: diagnostics(), source };
  const site = addRuntimeBundle(renderCourse(course), 'scorm12', runtimeDir);
  const contents = packagers.scorm12.contents(site, course);
  const files = new Map<string, SiteFile>();
  for (const file of [...site.files, ...contents.files]) files.set(file.path, file);
  return { courseId: course.id, diagnostics: diagnostics(), files, source };
}
