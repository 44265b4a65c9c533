import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from './cli-error.js';

/**
 * Two course folders with the same id and version would write the same package name, the second
 * silently replacing the first: stop before building anything.
 */
export function checkDistinctCourses(dirs: readonly string[], cwd = process.cwd()): void {
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    let settings: { id?: unknown; version?: unknown } | undefined;
    try {
      settings = parse(readFileSync(resolve(cwd, dir, 'course.yml'), 'utf8')) as typeof settings;
    } catch {
      continue; // the build reports unreadable course files with positions
    }
    if (typeof settings?.id !== 'string') continue;
    const key = `${settings.id}@${String(settings.version ?? '')}`;
    const first = seen.get(key);
    if (first) {
      throw new UsageError(`"${first}" and "${dir}" are both the course "${settings.id}" version ${String(settings.version ?? '1.0')}; their packages would overwrite each other. Give one a different id or version.`);
    }
    seen.set(key, dir);
  }
}
