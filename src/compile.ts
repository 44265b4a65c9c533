import type { Course } from './model/course.js';
import type { Artifact, TargetName } from './model/site.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { createDiagnosticSink, sortDiagnostics } from './diagnostics/context.js';
import { createDiskSource, createMemorySource, type CourseSource } from './load/course-source.js';
import type { BuildCache } from './cache/build-cache.js';
import { readCourseFiles } from './parse/course/parse-course.js';
import { parseTranslations } from './parse/course/parse-translations.js';
import { selectVariants } from './parse/course/select-variants.js';
import { validateVariants } from './validate/validate-variants.js';
import { validateLessons } from './validate/validate-course.js';
import { checkStateBudget } from './validate/state-budget.js';
import { renderCourse } from './render/render-course.js';
import { packageCourse } from './package/package-course.js';
import { createZipMemo } from './package/zip/write-zip.js';
import { createDirectoryOutput, createMemoryOutput } from './package/output.js';
import { planPackages, type PackageUnit } from './package/plan-package-names.js';

export interface CompileOptions {
  /** The course folder on disk … */
  dir?: string;
  /** … or a course source (disk or memory) … */
  source?: CourseSource;
  /** … or the course files in memory: `{ 'course.yml': '…', 'lessons/a.md': '…' }`. */
  files?: Record<string, string | Uint8Array>;
  /** Editions to make (course.yml `editions` ids); default: every edition. */
  editions?: string[];
  /** Packages to make; default: the course's `targets`. */
  targets?: TargetName[];
  /** Folder to write packages to; without it packages are made in memory (`Artifact.bytes`). */
  outDir?: string;
  /** Stop after validation: report problems, make nothing. */
  validateOnly?: boolean;
  /** Parsed lessons kept from earlier compiles of this course, reused where still right (see `createBuildCache`). */
  cache?: BuildCache;
  /** Make only the packages this accepts (e.g. one shard of a CI matrix); the whole course is still validated. Default: all. */
  units?: (unit: PackageUnit) => boolean;
  /** Told before each package is made, in build order: which one, and how many this call makes. */
  onProgress?: (progress: PackageUnit & { index: number; total: number }) => void;
}

export interface CompileResult {
  /** The parsed course, when course.yml could be read: its original language, every edition. */
  course?: Course;
  /** The course as each edition × language has it, the ones packaged (just `course` when it has neither). */
  variants: Course[];
  diagnostics: Diagnostic[];
  artifacts: Artifact[];
}

/**
 * Compile one course: load → parse (the original, then each translation) → select (one Course per
 * edition × language) → validate → render → package. Never prints, never exits; content problems
 * come back as diagnostics, and nothing is written when there is an error.
 */

export async function compileCourse(options: CompileOptions): Promise<CompileResult> {
  const sink = createDiagnosticSink();
  const source = options.source ?? (options.dir !== undefined ? createDiskSource(options.dir) : createMemorySource(options.files ?? {}));
  const cache = options.cache ? { cache: options.cache } : {};
  const files = readCourseFiles(source, sink, cache);
  const course = files.course;
  const translations = course ? parseTranslations(course, source, sink, cache) : [];
  const variants = course ? selectVariants([course, ...translations], options.editions, sink) : [];
  validateVariants(variants, sink);
  // course.yml's settings were unusable (reported): what its lessons alone get wrong, in the same run.
  if (!files.course) validateLessons(files.lessons, files.editions, sink);
  if (!sink.hasErrors()) for (const variant of variants) checkStateBudget(variant, options.targets ?? variant.targets, sink);
  const done = (artifacts: Artifact[] = []): CompileResult => ({ ...(course ? { course } : {}), variants, diagnostics: sortDiagnostics(sink.diagnostics), artifacts });
  if (!course || sink.hasErrors() || options.validateOnly) return done();

  const output = options.outDir !== undefined ? createDirectoryOutput(options.outDir) : createMemoryOutput();
  const artifacts: Artifact[] = [];
  const planned = variants.map((variant) => ({ variant, units: planPackages([variant], options.targets).filter((unit) => options.units?.(unit) ?? true) }));
  const total = planned.reduce((sum, { units }) => sum + units.length, 0);
  let index = 0;
  // The packages of one course hold the same files: what zipping one learns saves work on the next.
  const zipMemo = createZipMemo();
  for (const { variant, units } of planned.filter((p) => p.units.length)) {
    const site = renderCourse(variant);
    // Lesson scripts are made as they are zipped; kept deflated only while another zip of this site is to come.
    zipMemo.made = units.length > 1 ? new WeakMap() : undefined;
    const packageUnit = (unit: PackageUnit): Promise<Artifact[]> => {
      options.onProgress?.({ ...unit, index: index++, total });
      return packageCourse(site, variant, { targets: [unit.target], source, output, zipMemo }, sink);
    };
    // The first package writes the media that the others copy (see `ZipMemo.start`); then the
    // others are made together, one deflating or reading while another waits for the disk.
    const [first, ...others] = units;
    artifacts.push(...(await packageUnit(first!)));
    for (const made of await Promise.all(others.map(packageUnit))) artifacts.push(...made);
  }
  return done(artifacts);
}
