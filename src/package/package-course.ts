import type { DiagnosticSink } from '../diagnostics/context.js';
import type { CourseSource } from '../load/course-source.js';
import type { Course } from '../model/course.js';
import type { Artifact, Site, SiteFile, TargetName } from '../model/site.js';
import { describeFileError } from './describe-file-error.js';
import { checkManifestReferences } from './lint/check-manifest-references.js';
import { checkPackagePaths } from './lint/check-package-paths.js';
import { checkPackageSize } from './lint/check-package-size.js';
import { CommitError, type Output } from './output.js';
import { reportKeyFileNames, writeReportKey } from './report-key/write-report-key.js';
import { writeUnpacked } from './write-unpacked.js';
import { packagers } from './packagers.js';
import { addRuntimeBundle, defaultRuntimeDir } from './runtime-bundle.js';
import { SourceReadError } from './zip/source-read-error.js';
import { writeZip, type ZipMemo } from './zip/write-zip.js';
import { checkZipLimits } from './zip/check-zip-limits.js';
import { ZipLimitError } from './zip/zip-limit-error.js';

/** Options of `packageCourse`. */
export interface PackageOptions {
  /** Which packages to make, in order; duplicates are made once. */
  targets: readonly TargetName[];
  /** Where site files with a `source` are streamed from. */
  source: CourseSource;
  /** Where the zips go. */
  output: Output;
  /** Warn above this many bytes per package (`package-too-large`); default 200 MB. */
  maxPackageBytes?: number;
  /** Folder holding the built runtime bundles (`coursewright-<target>.js`); default build/runtime/. */
  runtimeDir?: string;
  /** What earlier packages of the same build learnt while zipping (`createZipMemo`): pass the same one to each. */
  zipMemo?: ZipMemo;
}

/**
 * The package stage: for each target, add the target's runtime bundle, manifest and control files
 * to the site, check the final file list, and write one deterministic zip through `output`, its
 * report key beside it and, for targets that ask for it (web), the same files unpacked.
 *
 * A target whose checks find errors is not written. Unreadable course files and write failures
 * are reported (`package-source-unreadable`, `output-write-failed`) and leave no partial
 * file; other targets still go ahead. Returns the packages that were written.
 */
export async function packageCourse(
  site: Site,
  course: Course,
  options: PackageOptions,
  sink: DiagnosticSink,
): Promise<Artifact[]> {
  const artifacts: Artifact[] = [];
  const runtimeDir = options.runtimeDir ?? defaultRuntimeDir();
  for (const target of new Set(options.targets)) {
    const packager = packagers[target];
    const bundled = addRuntimeBundle(site, target, runtimeDir);
    const targetSite = packager.adaptSite ? packager.adaptSite(bundled, course) : bundled;
    const contents = packager.contents(targetSite, course);
    const files: SiteFile[] = [...targetSite.files, ...contents.files];
    const paths = new Set(files.map((file) => file.path));
    const pathErrors = checkPackagePaths(files, sink);
    const referenceErrors = checkManifestReferences(contents.references, paths, sink);
    const targetErrors = packager.check?.(contents, sink) ?? false;
    const sourceErrors = checkSourcesExist(files, options.source, sink);
    if (pathErrors || referenceErrors || targetErrors || sourceErrors) continue;

    const fileName = packager.fileName(course);
    if (checkZipLimits(fileName, files, (path) => options.source.size(path), sink)) continue;
    // The file being written, for the message if writing fails; and those written, to take back then.
    let writing = fileName;
    const keyNames = reportKeyFileNames(fileName);
    const done: string[] = [];
    try {
      const { source } = options;
      const zip = writeZip(files, (path) => source.open(path), source.readSync?.bind(source), options.zipMemo);
      const written = await options.output.write(fileName, zip);
      done.push(fileName);
      writing = fileName.replace(/\.zip$/, '');
      const folder = packager.unpacked ? await writeUnpacked(files, writing, source, options.output, fileName) : undefined;
      if (folder) done.push(writing);
      writing = keyNames.csv;
      const keyFiles = packager.reportKey === false ? undefined : await writeReportKey(course, target, fileName, options.output, packager.reportKey ?? {}, done);
      // The zip, its folder and its report key go in place together, never one without the others.
      writing = fileName;
      await options.output.commit(done);
      // Only a package that stays is one the next packages may copy their media from.
      zip.written(written);
      artifacts.push({ target, courseId: course.id, ...(course.variant?.edition ? { edition: course.variant.edition } : {}), language: course.language, fileName, ...written, ...(folder ? { folder } : {}), ...(keyFiles ? { keyFiles } : {}) });
      checkPackageSize(fileName, written.size, sink, options.maxPackageBytes);
    } catch (thrown) {
      // Putting a file in place failed: the message names it, with the file system's reason. The
      // report key is two files written one after the other: the one that failed is the first not written.
      if (thrown instanceof CommitError) writing = thrown.fileName;
      else if (writing === keyNames.csv && done.includes(keyNames.csv)) writing = keyNames.html;
      const error = thrown instanceof CommitError ? thrown.cause : thrown;
      // A package is written whole, with its folder and report key, or not at all: the previous
      // one stays as it was (or, when putting them in place failed halfway, is gone).
      await options.output.discard(done);
      if (error instanceof ZipLimitError) {
        sink.report('package-over-zip-limit', { values: { file: fileName, reason: error.message } });
      } else if (error instanceof SourceReadError) {
        sink.report('package-source-unreadable', {
          at: { file: error.path },
          values: { path: error.path, reason: describeFileError(error) },
        });
      } else {
        sink.report('output-write-failed', {
          values: { path: options.output.describe(writing), reason: describeFileError(error) },
        });
      }
    }
  }
  return artifacts;
}

/** Catch a missing course file before writing starts, rather than halfway through a zip. */
function checkSourcesExist(files: readonly SiteFile[], source: CourseSource, sink: DiagnosticSink): boolean {
  let failed = false;
  for (const file of files) {
    if (file.source === undefined || source.has(file.source)) continue;
    sink.report('package-source-unreadable', {
      at: { file: file.source },
      values: { path: file.source, reason: 'it is not in the course folder' },
    });
    failed = true;
  }
  return failed;
}
