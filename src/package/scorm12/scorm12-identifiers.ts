import type { Course } from '../../model/course.js';

/** The four `xs:ID` identifiers of a SCORM 1.2 manifest. */
export interface Scorm12Identifiers {
  manifest: string;
  organization: string;
  item: string;
  resource: string;
}

/**
 * Turn text into an XML NCName (the lexical space of `xs:ID`): ASCII letters, digits, ".", "_"
 * and "-", starting with a letter or "_" (standards §1.4). Other runs of characters become "-".
 */
export function toXmlId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  if (id === '') return 'course';
  return /^[A-Za-z_]/.test(id) ? id : `course-${id}`;
}

/**
 * Identifiers derived from the course, never random, so rebuilds give the same manifest.
 *
 * - The manifest id starts with the course id, so its first 15 characters name the course
 *   (SuccessFactors keys content on them, §1.13), and ends with the version ("-v2027.1").
 * - Organization, item and resource ids leave the version out: LMSs such as Moodle keep learner
 *   records per item identifier when a package is replaced, so they must survive a new version.
 * - The suffixes ("-org", "-item", "-sco", "-v…") keep all four distinct whatever the version is.
 * - A translation (a language after the first of course.yml `languages`) is a course of its own
 *   in an LMS that holds one language per course: its ids carry its language ("-es"). Identical
 *   ids would make two LMS courses one in SuccessFactors, whose content ids are the manifest id's
 *   first 15 characters and the resource id (§1.13). The original language keeps the plain ids.
 */
export function scorm12Identifiers(course: Pick<Course, 'id' | 'version'> & Partial<Pick<Course, 'language' | 'languages'>>): Scorm12Identifiers {
  const translated = course.language !== undefined && course.languages !== undefined && course.languages.indexOf(course.language) > 0;
  const base = toXmlId(translated ? `${course.id}-${course.language}` : course.id);
  return {
    manifest: toXmlId(`${base}-v${course.version}`),
    organization: `${base}-org`,
    item: `${base}-item`,
    resource: `${base}-sco`,
  };
}
