import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileCourse } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format-diagnostics.js';
import { createDiskSource, type CourseSource } from '../../load/course-source.js';
import { checkTranslationImport } from '../../translate/import-translation.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import type { Terminal } from '../terminal.js';

/**
 * `coursewright translate import <folder> <course-dir> [--dry-run]`: copy a translator's files
 * into the course, only those named as translations of the course's files. The course is first
 * checked as it would be with them; when a copied file has an error (it would not parse, or its
 * ids differ from the original's) nothing is copied and the exit code is 1. The translation
 * diagnostics of the imported languages are printed either way, at their file, line and column.
 */
export async function runTranslateImport(folder: string, dir: string, options: { dryRun: boolean }, term: Terminal): Promise<number> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`"${folder}" is not a folder.`);
  const [courseDir] = findCourses([dir]);
  const courseSource = createDiskSource(courseDir!);
  const { course } = await compileCourse({ source: courseSource, validateOnly: true });
  if (!course) {
    term.err(`${dir}: course.yml cannot be read; run "coursewright validate ${dir}".`);
    return exitCodes.content;
  }
  const folderSource = createDiskSource(folder);
  const result = await checkTranslationImport(course, courseSource, folderSource);
  for (const path of result.skipped) term.err(`${folder}/${path}: skipped; not the translation of a file in ${dir}.`);
  if (!result.files.length) {
    term.err(`${folder}: no translated files of ${dir} to import.`);
    return exitCodes.content;
  }
  const imported = new Set(result.files);
  if (result.diagnostics.length) term.err(`${result.diagnostics.map((d) => printDiagnostic(d, imported.has(d.file ?? '') ? { base: folder, source: folderSource } : { base: dir, source: courseSource }, term.color)).join('\n\n')}\n`);
  if (result.refused) {
    term.err(`${folder}: not imported; fix the errors above in the translated files and import again. Nothing was copied.`);
    return exitCodes.content;
  }
  for (const path of result.files) {
    term.out(`${options.dryRun ? 'would copy' : 'copied'}  ${folder}/${path} → ${dir}/${path}`);
    if (options.dryRun) continue;
    mkdirSync(dirname(join(courseDir!, path)), { recursive: true });
    writeFileSync(join(courseDir!, path), folderSource.readBytes(path));
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  term.err(`${dir} ${result.languages.join(', ')}: ${result.files.length} file${result.files.length === 1 ? '' : 's'} ${options.dryRun ? 'to import (dry run, nothing copied)' : 'imported'}; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the translations.`);
  return errors ? exitCodes.content : exitCodes.ok;
}

function printDiagnostic(d: Diagnostic, where: { base: string; source: CourseSource }, color: boolean): string {
  const readSource = (file: string): string | undefined => {
    try {
      return where.source.has(file) ? where.source.readText(file) : undefined;
    } catch {
      return undefined;
    }
  };
  return formatDiagnostic(d, { base: where.base, readSource, color });
}
