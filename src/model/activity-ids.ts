/**
 * xAPI activity ids (IRIs) of a course and its parts, built from the course IRI (`Course.iri`,
 * `RuntimeData.course.iri`). The packagers (tincan.xml, cmi5.xml) and the browser runtime (the
 * statements it sends) both call `activityId`, so an LRS sees the same ids in the package metadata
 * and in the statements.
 *
 * Pure and dependency-free: no DOM, no Node; the browser runtime bundles it.
 */

/** The parts of a course that have no id of their own: the course itself and its cmi5 AU. */
export type CourseActivity = 'course' | 'au';
/** The parts of a course named by an author id: a lesson, or a block or interaction in it. */
export type PartActivity = 'lesson' | 'interaction';

/**
 * ADL activity types (xAPI vocabulary) of the activities `activityId` names: the `type` of the
 * activities in tincan.xml and of statement objects' definitions.
 */
export const activityTypes = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Path segment between the course IRI and a part's id, e.g. `<iri>/lessons/<lesson-id>`. */
const segments: Readonly<Record<PartActivity, string>> = {
  lesson: 'lessons',
  interaction: 'interactions',
};

/**
 * The activity id of the course (`<iri>`) or of its single cmi5 AU (`<iri>/au`).
 * @param iri The course IRI: absolute, no fragment, no query, no trailing "/".
 */
export function activityId(iri: string, kind: CourseActivity): string;
/**
 * The activity id of a lesson (`<iri>/lessons/<lesson-id>`) or of a block or interaction
 * (`<iri>/interactions/<interaction-id>`, e.g. `<iri>/interactions/break-room.intro`).
 * The id is percent-encoded where it holds characters an IRI path segment cannot.
 */
export function activityId(iri: string, kind: PartActivity, id: string): string;
export function activityId(iri: string, kind: CourseActivity | PartActivity, id = ''): string {
  if (kind === 'course') return iri;
  if (kind === 'au') return `${iri}/au`;
  return `${iri}/${segments[kind]}/${encodeURIComponent(id)}`;
}

/**
 * The IRI of one of the course's own xAPI extensions, `<iri>/extensions/<name>`: `policy` is the
 * result extension of an acknowledgement, `{ title, version }` of the policy agreed to. Under the
 * course IRI, so the course's owner controls what it means.
 */
export function extensionIri(iri: string, name: 'policy'): string {
  return `${iri}/extensions/${name}`;
}

/** The course IRI used when course.yml sets none: `urn:coursewright:<course-id>`. */
export function defaultCourseIri(courseId: string): string {
  return `urn:coursewright:${courseId}`;
}
