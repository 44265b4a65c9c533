import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { describeFileError } from '../../package/describe-file-error.js';
import { makeFolderSync } from '../../package/make-folder.js';
import { packageRoot } from '../../render/package-root.js';
import { suggestId } from '../../parse/author-id.js';
import { UsageError, exitCodes } from '../cli-error.js';
import type { Terminal } from '../terminal.js';

/** `coursewright init <dir>`: scaffold a course that builds, never overwriting anything. */
export function runInit(dir: string, options: { title?: string }, term: Terminal): number {
  const target = resolve(dir);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length)) {
    throw new UsageError(`"${dir}" already exists and is not empty; choose a new folder so nothing is overwritten.`);
  }
  if (options.title !== undefined && options.title.trim() === '') throw new UsageError('Expected a title after --title, found an empty one; e.g. --title "Fire safety".');
  const id = suggestId(basename(target));
  const title = options.title ?? basename(target).replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  try {
    makeFolderSync(dirname(target));
    cpSync(join(packageRoot(), 'templates', 'init'), target, { recursive: true });
  } catch (error) {
    throw new UsageError(`Could not create the course folder "${dir}": ${describeFileError(error)}.`);
  }
  const courseFile = join(target, 'course.yml');
  // The title is written as a YAML double-quoted scalar by the yaml package, and all placeholders are
  // replaced in one pass by a function, so quotes, "#", ": ", line breaks, "$'" or "{{schema}}" in
  // the title cannot change the file's structure.
  const values: Record<string, string> = {
    id,
    title: stringify(title, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd(),
    schema: courseSchemaPath(target),
  };
  const text = readFileSync(courseFile, 'utf8').replace(/\{\{(id|title|schema)\}\}/g, (_, key: string) => values[key] ?? '');
  writeFileSync(courseFile, text);
  term.err(`Created the course "${id}" in ${dir}.`);
  // npx finds the project's copy, a global one, or this checkout's: the command works for every install.
  // Quoted when a shell would split it, so the command can be copied as it is.
  const shown = /^[\w./\\:-]+$/.test(dir) ? dir : `"${dir}"`;
  term.err(`Next: edit the lessons in ${dir}/lessons, then run: npx coursewright build ${shown}`);
  return exitCodes.ok;
}

/**
 * The path from the new course folder to course.schema.json, for the editor's schema comment. The
 * copy in the nearest node_modules/coursewright is preferred: it is what the project installed, and
 * its path survives upgrades and linked installs (whose real folders carry a version). Otherwise
 * (a global install, or coursewright's own checkout) the running package's copy. Written with "/",
 * as editors expect on every system.
 */
function courseSchemaPath(courseDir: string): string {
  const schema = join('schemas', 'course.schema.json');
  const path = installedFile(dirname(courseDir), schema) ?? join(packageRoot(), schema);
  return relative(courseDir, path).split(sep).join('/');
}

/** `file` inside the nearest node_modules/coursewright at or above `from`, if one has it. */
function installedFile(from: string, file: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'coursewright', file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
