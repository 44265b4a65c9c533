import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './cli-error.js';

/**
 * The course folders to work on: the ones named, or every folder under ./courses that holds a
 * course.yml. Sorted, so output order is stable.
 */
export function findCourses(dirs: readonly string[], cwd = process.cwd()): string[] {
  if (dirs.length) {
    for (const dir of dirs) {
      if (!existsSync(resolve(cwd, dir)) || !statSync(resolve(cwd, dir)).isDirectory()) throw new UsageError(`"${dir}" is not a folder.`);
      if (existsSync(resolve(cwd, dir, 'course.yml'))) continue;
      // init makes a course only in a new or empty folder: suggest what it will do.
      const empty = readdirSync(resolve(cwd, dir)).length === 0;
      throw new UsageError(`"${dir}" has no course.yml. Point at a course folder, or create a course ${empty ? `in it with "coursewright init ${dir}"` : `in a new folder with "coursewright init ${dir.replace(/[\\/]+$/, '')}/my-course"`}.`);
    }
    return [...dirs];
  }
  const root = join(cwd, 'courses');
  const found = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'course.yml')))
        .map((e) => `courses/${e.name}`)
        .sort()
    : [];
  if (!found.length) throw new UsageError('No course folders given and none found under ./courses. Name a course folder, e.g. "coursewright build courses/my-course".');
  return found;
}
