import type { BuildCache } from '../cache/build-cache.js';
import { compileCourse } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createDiskSource, type CourseSource } from '../load/course-source.js';
import type { Course } from '../model/course.js';
import type { RuntimeData } from '../model/runtime-data.js';
import type { SiteFile } from '../model/site.js';
import { activityId } from '../model/activity-ids.js';
import { cmi5MasteryScore } from '../package/cmi5/cmi5-xml.js';
import { packagers } from '../package/packagers.js';
import { addRuntimeBundle, defaultRuntimeDir } from '../package/runtime-bundle.js';
import { buildRuntimeData } from '../render/build-runtime-data.js';
import { renderCourse } from '../render/render-course.js';

/** One edition × language of a course, as the preview page offers it. */
export interface PreviewVariant {
  /** course.yml `editions` id; absent when the course has no editions. */
  edition?: string;
  language: string;
  /** The course title in this edition and language. */
  title: string;
}

/** One build of a course for the preview: its files by package path, or the problems that stopped it. */
export interface PreviewBuild {
  /** Id of the course built (`<course>-<edition>` for an edition), when course.yml could be read. */
  courseId?: string;
  /** Every problem `coursewright validate` reports for the course, in all its editions and languages. */
  diagnostics: Diagnostic[];
  /** The package the files are those of. */
  target: PreviewTarget;
  /** Every file of the built variant's package by path; undefined when the course has errors. */
  files?: ReadonlyMap<string, SiteFile>;
  /** Where files with a `source` are read from. */
  source: CourseSource;
  /** Every edition × language of the course, in build order. */
  variants: PreviewVariant[];
  /** The one built (the one asked for, else the first). */
  variant?: PreviewVariant;
  /** The built variant's runtime data, from which the inspector reads the learner's saved state. */
  runtime?: RuntimeData;
  /** For cmi5: the AU to launch, as cmi5.xml gives it to an LMS. */
  cmi5?: { activityId: string; moveOn: string; masteryScore?: number };
  /**
   * The activity under which each LRS package's player keeps the learner's state document: the
   * cmi5 AU, and for xAPI the course (the preview's xAPI launch gives no `activity_id`).
   */
  stateActivities?: Readonly<Record<'xapi' | 'cmi5', string>>;
}

/** The packages the preview can play: SCORM 1.2 in its stand-in LMS, xAPI with its stand-in LRS. */
export type PreviewTarget = 'scorm12' | 'xapi' | 'cmi5';

/** Options of `buildPreviewSite`. */
export interface PreviewSiteOptions {
  /** Folder of the built runtime bundles; default coursewright's build/runtime. */
  runtimeDir?: string;
  /** The edition to build; default the first. */
  edition?: string;
  /** The language to build; default the one the files are written in. */
  language?: string;
  /** The package to build; default SCORM 1.2. */
  target?: PreviewTarget;
  /** Parsed lessons kept from the previous builds, so a save parses only what changed. */
  cache?: BuildCache;
}

/**
 * Builds a course folder in memory as one edition × language of its SCORM 1.2 (or xAPI) package holds it:
 * the whole course is parsed and validated as `coursewright validate` does (so the page shows
 * every problem the build would report), then the chosen variant is rendered and packaged
 * without zipping, so the preview serves exactly what learners would get.
 */
export async function buildPreviewSite(dir: string, options: PreviewSiteOptions = {}): Promise<PreviewBuild> {
  const source = createDiskSource(dir, dir);
  const result = await compileCourse({ source, validateOnly: true, ...(options.cache ? { cache: options.cache } : {}) });
  const variants = result.variants.map(describeVariant);
  const chosen =
    result.variants.find((v) => (options.edition === undefined || v.variant?.edition === options.edition) && (options.language === undefined || v.language === options.language)) ??
    result.variants.find((v) => options.edition === undefined || v.variant?.edition === options.edition) ??
    result.variants[0];
  const target = options.target ?? 'scorm12';
  const described = { diagnostics: result.diagnostics, source, variants, target, ...(chosen ? { courseId: chosen.id, variant: describeVariant(chosen) } : {}) };
  if (!chosen || result.diagnostics.some((d) => d.severity === 'error')) return described;
  const site = addRuntimeBundle(renderCourse(chosen), target, options.runtimeDir ?? defaultRuntimeDir());
  const contents = packagers[target].contents(site, chosen);
  const files = new Map<string, SiteFile>();
  for (const file of [...site.files, ...contents.files]) files.set(file.path, file);
  const mastery = chosen.masteryScore;
  const cmi5 = target === 'cmi5' ? { activityId: activityId(chosen.iri, 'au'), moveOn: mastery === undefined ? 'Completed' : 'CompletedAndPassed', ...(mastery !== undefined ? { masteryScore: Number(cmi5MasteryScore(mastery)) } : {}) } : undefined;
  const stateActivities = { xapi: activityId(chosen.iri, 'course'), cmi5: activityId(chosen.iri, 'au') };
  return { ...described, files, runtime: buildRuntimeData(chosen, {}), stateActivities, ...(cmi5 ? { cmi5 } : {}) };
}

function describeVariant(course: Course): PreviewVariant {
  return { ...(course.variant?.edition !== undefined ? { edition: course.variant.edition } : {}), language: course.language, title: course.title };
}
