import { create } from 'xmlbuilder2';
import { activityId, activityTypes } from '../../model/activity-ids.js';
import type { Course } from '../../model/course.js';
import type { Site } from '../../model/site.js';
import type { ManifestReference } from '../packager.js';
import { xmlText } from '../xml-text.js';

/** Namespace of tincan.xml (Tin Can launch and packaging, standards §3.18). */
export const tincanNamespace = 'http://projecttincan.com/tincan.xsd';

/** Package path of the Tin Can manifest; LMSs look for exactly this name at the zip root. */
export const tincanXmlPath = 'tincan.xml';

/** An element under construction (xmlbuilder2 does not export its builder type from the package root). */
type XMLBuilder = ReturnType<typeof create>;

/** A built tincan.xml and the hrefs it contains. */
export interface TincanXml {
  xml: string;
  references: ManifestReference[];
}

/**
 * Build tincan.xml (standards §3.18): exactly one launchable activity, the course, whose id is
 * the course IRI, so the LMS launches it with `activity_id` = that IRI (§3.19); then one
 * descriptive activity per lesson, with the ids the runtime uses in its statements. Names and
 * descriptions are in the course language. No endpoint, credentials or actor: the LMS adds those to
 * the launch URL.
 *
 * Deterministic: UTF-8 without BOM, two-space indent, "\n" line ends, lessons in course order.
 */
export function buildTincanXml(site: Site, course: Course): TincanXml {
  const lang = course.language;
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const activities = doc.ele(tincanNamespace, 'tincan').ele(tincanNamespace, 'activities');

  const courseActivity = activity(activities, activityId(course.iri, 'course'), activityTypes.course);
  courseActivity.ele(tincanNamespace, 'name').att('lang', lang).txt(xmlText(course.title));
  courseActivity.ele(tincanNamespace, 'description').att('lang', lang).txt(xmlText(course.description ?? course.title));
  courseActivity.ele(tincanNamespace, 'launch').att('lang', lang).txt(site.launch);

  for (const lesson of course.lessons) {
    const lessonActivity = activity(activities, activityId(course.iri, 'lesson', lesson.id), activityTypes.lesson);
    lessonActivity.ele(tincanNamespace, 'name').att('lang', lang).txt(xmlText(lesson.title));
    // Lessons have no description of their own; the title keeps the element every reader expects.
    lessonActivity.ele(tincanNamespace, 'description').att('lang', lang).txt(xmlText(lesson.title));
  }

  const xml = `${doc.end({ prettyPrint: true, indent: '  ', newline: '\n' })}\n`;
  return { xml, references: [{ manifest: tincanXmlPath, href: site.launch }] };
}

function activity(parent: XMLBuilder, id: string, type: string): XMLBuilder {
  return parent.ele(tincanNamespace, 'activity').att('id', xmlText(id)).att('type', type);
}
