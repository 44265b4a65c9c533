import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './cli-error.js';

/**
 * The course folders to work on: the ones named (each once, however spelt), or every folder under
 * ./courses that holds a course.yml, sorted, so output order is stable.
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
    // One folder named twice (`courses/a ./courses/a/`, or through a link) is one course, as first named.
    const seen = new Set<string>();
    return dirs.filter((dir) => {
      const real = realpathSync(resolve(cwd, dir));
      if (seen.has(real)) return false;
      seen.add(real);
      return true;
    });
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
