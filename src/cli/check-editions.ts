import { resolve } from 'node:path';
import { parse } from 'yaml';
import { createDiskSource } from '../load/course-source.js';
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

/**
 * Stop before building anything when a course does not define every edition asked for: a typo in
 * `--edition` should not look like a course without that edition. course.yml is read by the
 * build's reader, with its size limit and no-follow open; when it cannot be read or parsed, the
 * course is left to the build, which reports it with its position.
 */
export function checkEditions(dirs: readonly string[], editions: readonly string[], cwd = process.cwd()): void {
  for (const dir of dirs) {
    let settings: { editions?: unknown } | undefined;
    try {
      settings = parse(createDiskSource(resolve(cwd, dir), dir).readText('course.yml')) as typeof settings;
    } catch {
      continue;
    }
    const defined = settings?.editions && typeof settings.editions === 'object' ? Object.keys(settings.editions) : [];
    const unknown = editions.find((name) => !defined.includes(name));
    if (unknown === undefined) continue;
    throw new UsageError(
      defined.length
        ? `Unknown edition "${unknown}" for "${dir}"; expected one of: ${defined.join(', ')}.`
        : `Unknown edition "${unknown}": "${dir}" defines no editions (course.yml "editions"). Leave out --edition to build it.`,
    );
  }
}
