import type { ReportKeyOptions } from './report-key/report-key-columns.js';
import type { DiagnosticSink } from '../diagnostics/context.js';
import type { Course } from '../model/course.js';
import type { Site, SiteFile, TargetName } from '../model/site.js';

/** One href written into a manifest; it must name a file in the package. */
export interface ManifestReference {
  /** Package path of the manifest that holds the href, e.g. `imsmanifest.xml`. */
  manifest: string;
  /** The href as written (relative, posix). */
  href: string;
}

/** What a target adds to the rendered site. */
export interface PackageContents {
  /** Files the target adds at their package paths: manifest, control documents (XSDs). */
  files: SiteFile[];
  /** Every href the target's manifest points at, checked against the final file list. */
  references: ManifestReference[];
}

/**
 * One kind of package (SCORM 1.2, SCORM 2004, xAPI, cmi5, plain web). Each target lives in its own
 * folder under src/package/ and is listed in `packagers`; zipping, checks and output are shared.
 */
export interface Packager {
  readonly target: TargetName;
  /** File name of the package, e.g. `respect-at-work-scorm12-2027.1.zip`. */
  fileName(course: Course): string;
  /**
   * Options of the report key written beside the package (`scorm12Letters`: add the letters SCORM
   * 1.2 reports show; `fullIds`: the package reports each interaction by its IRI,
   * `<iri>/interactions/<id>`, as the key then lists it), or false for a target that reports
   * nothing. Default: a key with the ids.
   */
  readonly reportKey?: false | ReportKeyOptions;
  /** Also write the package's files unpacked, in a folder named like the zip without `.zip`. Default false. */
  readonly unpacked?: boolean;
  /**
   * The site as this target serves it, when that differs from the shared rendering (the web
   * target embeds the captions in the page). Called before `contents`.
   */
  adaptSite?(site: Site, course: Course): Site;
  /**
   * The files this target adds next to the site's files. Pure: same input, same output. The site
   * already holds the target's runtime bundle at `site.script`.
   */
  contents(site: Site, course: Course): PackageContents;
  /**
   * Target rules checked on the manifest as written (e.g. tincan.xml has exactly one launchable
   * activity), beyond the checks every package gets. Returns true when an error was reported.
   */
  check?(contents: PackageContents, sink: DiagnosticSink): boolean;
}
