import type { DiagnosticSink } from '../../diagnostics/context.js';
import { defaultCourseIri } from '../../model/activity-ids.js';
import type { SourceLocation } from '../../model/position.js';
import { hasCredentials } from '../url-credentials.js';

/** RFC 3987 scheme, then ":" (e.g. "https:", "urn:", "tag:"). */
const schemePattern = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Characters no IRI may hold as they are (RFC 3987 §2.2 leaves them out of every production). */
const forbidden = /[<>"{}|\\^`]/;

/**
 * Why `iri` cannot be the base of the course's activity ids, or undefined when it can. Lesson and
 * interaction ids are appended as "/lessons/<id>", so beyond being an absolute IRI (a scheme, no
 * spaces, no fragment) the base has no query and no trailing "/" either.
 */
export function courseIriProblem(iri: string): string | undefined {
  if (iri.trim() === '') return 'it is empty';
  const space = /[\s\p{Cc}]/u.exec(iri)?.[0];
  if (space !== undefined) return space === ' ' ? 'it contains a space' : 'it contains a space or control character';
  const bad = forbidden.exec(iri)?.[0];
  if (bad !== undefined) return `it contains "${bad}", which an IRI cannot hold`;
  const scheme = schemePattern.exec(iri)?.[0];
  if (scheme === undefined) return 'it does not start with a scheme such as "https:" or "urn:"';
  const rest = iri.slice(scheme.length);
  if (rest === '') return `it has nothing after "${scheme}"`;
  if (/^https?:$/i.test(scheme) && !/^\/\/[^/?#]+/.test(rest)) return `expected "//" and a host name after "${scheme}"`;
  if (hasCredentials(iri)) return 'it holds a user name or password ("name:password@"), which every package and every statement would carry';
  if (iri.includes('#')) return 'it has a fragment ("#…"), which would swallow the lesson and interaction ids appended to it';
  if (iri.includes('?')) return 'it has a query ("?…"); lesson and interaction ids are appended to it as paths';
  if (iri.endsWith('/')) return 'it ends with "/"; lesson and interaction ids are appended to it as "/lessons/…"';
  return undefined;
}

/**
 * The course IRI: course.yml `iri` when it is usable, otherwise `urn:coursewright:<id>`. A
 * written IRI that is not usable is reported as `course-iri-invalid` at its value; the default
 * stands in for it so later checks still run.
 */
export function resolveCourseIri(written: string | undefined, courseId: string, at: SourceLocation, sink: DiagnosticSink): string {
  if (written === undefined) return defaultCourseIri(courseId);
  const reason = courseIriProblem(written);
  if (reason === undefined) return written;
  sink.report('course-iri-invalid', { at, values: { iri: written, reason, id: courseId } });
  return defaultCourseIri(courseId);
}
