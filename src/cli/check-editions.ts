import { resolve } from 'node:path';
import { createDiagnosticSink } from '../diagnostics/context.js';
import { createDiskSource } from '../load/course-source.js';
import { closestId } from '../parse/closest-id.js';
import { parseYaml } from '../parse/yaml/parse-yaml.js';
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
 * `--edition` should not look like a course without that edition. course.yml is read and parsed
 * as the build reads it (its size limit, no-follow open, the same YAML reader); when it cannot be
 * read or parsed, the course is left to the build, which reports it with its position.
 */
export function checkEditions(dirs: readonly string[], editions: readonly string[], cwd = process.cwd()): void {
  for (const dir of dirs) {
    let settings: unknown;
    try {
      settings = parseYaml(createDiskSource(resolve(cwd, dir), dir).readText('course.yml'), 'course.yml', createDiagnosticSink()).value;
    } catch {
      continue;
    }
    const written = settings && typeof settings === 'object' ? (settings as { editions?: unknown }).editions : undefined;
    const defined = written && typeof written === 'object' && !Array.isArray(written) ? Object.keys(written) : [];
    const unknown = editions.find((name) => !defined.includes(name));
    if (unknown === undefined) continue;
    throw new UsageError(defined.length ? `${unknownEdition(unknown, defined)} for "${dir}"; expected one of: ${defined.join(', ')}.` : `Unknown edition "${unknown}": "${dir}" defines no editions (course.yml "editions"). Leave out --edition to build it.`);
  }
}

/** `Unknown edition "managr" (did you mean "manager"?)`: a command-line name not among `defined`. */
export function unknownEdition(name: string, defined: readonly string[]): string {
  const meant = closestId(name, defined);
  return `Unknown edition "${name}"${meant ? ` (did you mean "${meant}"?)` : ''}`;
}
