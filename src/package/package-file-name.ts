import type { Course } from '../model/course.js';

/**
 * `<course-id>-<target>-<version>.zip`, reduced to characters that are safe in file names on every
 * system and in LMS upload forms: letters, digits, ".", "_" and "-".
 */
export function packageFileName(course: Pick<Course, 'id' | 'version'>, target: string): string {
  const parts = [course.id, target, course.version].map(safePart).filter((part) => part !== '');
  return `${parts.join('-')}.zip`;
}

function safePart(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}
