import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { stringify } from 'yaml';
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
  const id = suggestId(basename(target));
  const title = options.title ?? basename(target).replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  cpSync(join(packageRoot(), 'templates', 'init'), target, { recursive: true });
  const courseFile = join(target, 'course.yml');
  // The title is written as a YAML double-quoted scalar by the yaml package, and inserted by a
  // function, so quotes, "#", ": ", line breaks or "$'" in it cannot change the file's structure.
  const quoted = stringify(title, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();
  const text = readFileSync(courseFile, 'utf8').replaceAll('{{id}}', () => id).replaceAll('{{title}}', () => quoted);
  writeFileSync(courseFile, text);
  term.err(`Created the course "${id}" in ${dir}.`);
  term.err(`Next: edit ${dir}/lessons/*.md, then run "coursewright build ${dir}".`);
  return exitCodes.ok;
}
