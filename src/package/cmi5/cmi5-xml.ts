import { create } from 'xmlbuilder2';
import { activityId } from '../../model/activity-ids.js';
import type { Course } from '../../model/course.js';
import type { Site } from '../../model/site.js';
import type { ManifestReference } from '../packager.js';
import { xmlText } from '../xml-text.js';

/** Namespace of cmi5.xml (CourseStructure.xsd, standards §4.1). */
export const cmi5Namespace = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** Package path of the cmi5 course structure; LMSs read exactly this name at the zip root. */
export const cmi5XmlPath = 'cmi5.xml';

/** An element under construction (xmlbuilder2 does not export its builder type from the package root). */
type XMLBuilder = ReturnType<typeof create>;

/** A built cmi5.xml and the hrefs it contains. */
export interface Cmi5Xml {
  xml: string;
  references: ManifestReference[];
}

/**
 * The course mastery score (0–100) as cmi5 writes it: a decimal from 0 to 1 with at most four
 * decimals (standards §4.4), e.g. 80 → "0.8", 66.666 → "0.6667".
 */
export function cmi5MasteryScore(masteryScore: number): string {
  const clamped = Math.min(100, Math.max(0, masteryScore));
  return String(Number((clamped / 100).toFixed(4)));
}

/**
 * Build cmi5.xml (standards §4a): the course, whose id is the course IRI, and one AU for the whole
 * course (id `<iri>/au`) that launches the site's entry page. `moveOn` is always explicit:
 * `CompletedAndPassed` with a mastery score, else `Completed`. The LMS adds endpoint, fetch URL,
 * actor, registration and activity id to the launch URL; none is written here.
 *
 * Deterministic: UTF-8 without BOM, two-space indent, "\n" line ends.
 */
export function buildCmi5Xml(site: Site, course: Course): Cmi5Xml {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const structure = doc.ele(cmi5Namespace, 'courseStructure');
  const description = course.description ?? course.title;

  const courseElement = structure.ele(cmi5Namespace, 'course').att('id', xmlText(activityId(course.iri, 'course')));
  langstrings(courseElement, 'title', course.title, course.language);
  langstrings(courseElement, 'description', description, course.language);

  const mastery = course.masteryScore !== undefined && Number.isFinite(course.masteryScore) ? course.masteryScore : undefined;
  const au = structure
    .ele(cmi5Namespace, 'au')
    .att('id', xmlText(activityId(course.iri, 'au')))
    .att('moveOn', mastery === undefined ? 'Completed' : 'CompletedAndPassed');
  if (mastery !== undefined) au.att('masteryScore', cmi5MasteryScore(mastery));
  au.att('launchMethod', 'AnyWindow');
  // auType child order: title, description, objectives?, url, launchParameters?, entitlementKey?
  langstrings(au, 'title', course.title, course.language);
  langstrings(au, 'description', description, course.language);
  au.ele(cmi5Namespace, 'url').txt(site.launch);

  const xml = `${doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })}\n`;
  return { xml, references: [{ manifest: cmi5XmlPath, href: site.launch }] };
}

/** `<title><langstring lang="en">…</langstring></title>` and its description twin. */
function langstrings(parent: XMLBuilder, name: 'title' | 'description', text: string, lang: string): void {
  parent.ele(cmi5Namespace, name).ele(cmi5Namespace, 'langstring').att('lang', lang).txt(xmlText(text));
}
