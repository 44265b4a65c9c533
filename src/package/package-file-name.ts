import type { Course } from '../model/course.js';

/**
 * `<course-id>-<target>-<version>.zip`, reduced to characters that are safe in file names on every
 * system and in LMS upload forms: letters, digits, ".", "_" and "-". A course with editions or
 * several languages carries them: `<course>-<edition>-<lang>-<target>-<version>.zip` (the edition
 * is already in the id of an edition's course).
 */
export function packageFileName(course: Pick<Course, 'id' | 'version'> & Partial<Pick<Course, 'variant'>>, target: string): string {
  const language = course.variant ? [course.variant.language] : [];
  const parts = [course.id, ...language, target, course.version].map(safePart).filter((part) => part !== '');
  return `${parts.join('-')}.zip`;
}

function safePart(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}
