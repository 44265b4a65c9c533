import type { Course } from '../model/course.js';
import { closestId } from '../parse/closest-id.js';
import { UsageError } from './cli-error.js';

/**
 * `--edition manager --edition refresher,employee` → the edition names in order, each once; an empty
 * list is a usage error.
 */
export function parseEditions(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const names = [...new Set(values.flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean))];
  if (!names.length) throw new UsageError('Expected an edition name after --edition, found none, e.g. "--edition manager".');
  return names;
}

/** A course as the build's check found it: the editions its course.yml defines, when it could be read. */
export interface CourseEditions {
  dir: string;
  /** Undefined when course.yml could not be read or parsed (the course's own diagnostics say why). */
  editions: readonly string[] | undefined;
}

/**
 * A usage error when a course does not define every edition asked for: a typo in `--edition` is
 * not a course without that edition. Told from the editions the build's own parse of course.yml
 * found (`CompileTaskResult.editions`), never from a second reading of the file; a course whose
 * course.yml could not be read is left to its diagnostics. A build of several courses checks them
 * all before it builds any (`planBuild`), so this stops it before anything is written.
 */
export function checkEditions(courses: readonly CourseEditions[], asked: readonly string[]): void {
  for (const { dir, editions: defined } of courses) {
    if (defined === undefined) continue;
    const unknown = asked.find((name) => !defined.includes(name));
    if (unknown === undefined) continue;
    throw new UsageError(defined.length ? `${unknownEdition(unknown, defined)} for "${dir}"; expected one of: ${defined.join(', ')}.` : `Unknown edition "${unknown}": "${dir}" defines no editions (course.yml "editions"). Leave out --edition to build it.`);
  }
}

/** The editions a parsed course defines (none: empty); undefined when course.yml could not be read. */
export function definedEditions(course: Course | undefined): string[] | undefined {
  return course ? (course.editions ?? []).map((edition) => edition.id) : undefined;
}

/** `Unknown edition "managr" (did you mean "manager"?)`: a command-line name not among `defined`. */
export function unknownEdition(name: string, defined: readonly string[]): string {
  const meant = closestId(name, defined);
  return `Unknown edition "${name}"${meant ? ` (did you mean "${meant}"?)` : ''}`;
}
