import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileCourse } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { createDiskSource } from '../../load/course-source.js';
import { changedSinceExport, readExportRecord, untranslatedSinceExport } from '../../translate/export-record.js';
import { checkTranslationImport } from '../../translate/import-translation.js';
import { translationLanguage } from '../../parse/course/translation-files.js';
import type { Course } from '../../model/course.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import type { Terminal } from '../terminal.js';
import { unreadFileDiagnostics } from './translate-diagnostics.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import { writeCourseFile } from '../write-course-file.js';

/**
 * `coursewright translate import <folder> <course-dir> [--dry-run]`: copy a translator's files
 * into the course, only those named as translations of the course's files. The course is first
 * checked as it would be with them; when a copied file has an error (it would not parse, or its
 * ids differ from the original's) nothing is copied and the exit code is 1. The translation
 * diagnostics of the imported languages are printed either way, at their file, line and column.
 */
export async function runTranslateImport(folder: string, dir: string, options: { dryRun: boolean; force?: boolean }, term: Terminal): Promise<number> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`"${folder}" is not a folder.`);
  const [courseDir] = findCourses([dir]);
  const courseSource = createDiskSource(courseDir!);
  const { course, diagnostics } = await compileCourse({ source: courseSource, validateOnly: true });
  const unread = unreadFileDiagnostics(diagnostics);
  if (unread.length) {
    term.err(`${renderDiagnostics(dir, unread, term.color, courseSource)}\n`);
    term.err(`${dir}: nothing imported; make the course files above readable and within the limit, then import again.`);
    return exitCodes.content;
  }
  if (!course) {
    term.err(`${dir}: course.yml cannot be read; run "coursewright validate ${dir}".`);
    return exitCodes.content;
  }
  const folderSource = createDiskSource(folder);
  const result = await checkTranslationImport(course, courseSource, folderSource);
  for (const path of result.skipped) term.err(`${folder}/${path}: skipped; ${whySkipped(path, result.meant[path], course, dir)}`);
  if (!result.files.length) {
    term.err(`${folder}: no translated files of ${dir} to import.`);
    return exitCodes.content;
  }
  const imported = new Set(result.files);
  const inFolder = (d: Diagnostic): boolean => imported.has(d.file ?? '');
  if (result.diagnostics.length) {
    term.err(`${result.diagnostics.map((d) => (inFolder(d) ? renderDiagnostics(folder, [d], term.color, folderSource) : renderDiagnostics(dir, [d], term.color, courseSource))).join('\n\n')}\n`);
  }
  if (result.refused) {
    term.err(`${folder}: not imported; fix the errors above in the translated files and import again. Nothing was copied.`);
    return exitCodes.content;
  }
  // A translation the author changed in the course after the export would be undone by the
  // translator's copy, which started from the exported one (export-record.ts).
  const record = readExportRecord(folder);
  const changed = record ? changedSinceExport(record, courseDir!, result.files) : [];
  if (changed.length && !options.force) {
    for (const path of changed) term.err(`${dir}/${path}: changed in the course since the export; ${folder}/${path} would replace those changes.`);
    term.err(`${folder}: not imported; nothing was copied. Bring the course's changes into the translator's file${changed.length === 1 ? '' : 's'}, or import again with --force to replace them.`);
    return exitCodes.content;
  }
  // A file sent back as it was exported was not translated: importing it would mark the original's
  // words, or an out-of-date translation, as up to date. Left out, unless the author says it needs no change.
  const untranslated = new Set(record && !options.force ? untranslatedSinceExport(record, result.texts) : []);
  for (const path of untranslated) term.err(`${folder}/${path}: left out; it is as it was exported, so not translated. Translate it, or import again with --force if it needs no change.`);
  const copied = result.files.filter((path) => !untranslated.has(path));
  if (!copied.length) {
    term.err(`${folder}: nothing imported; no file was translated since the export.`);
    return exitCodes.content;
  }
  for (const path of copied) {
    const replaces = existsSync(join(courseDir!, path));
    term.out(`${options.dryRun ? (replaces ? 'would replace' : 'would add') : replaces ? 'replaced' : 'added'}  ${folder}/${path} → ${dir}/${path}`);
    if (options.dryRun) continue;
    // The text that was checked (not the translator's file read again; LF line ends, as the build reads it).
    writeCourseFile(courseDir!, path, result.texts.get(path)!);
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const left = untranslated.size ? ` (${untranslated.size} left out, not translated)` : '';
  term.err(`${dir} ${result.languages.join(', ')}: ${copied.length} file${copied.length === 1 ? '' : 's'} ${options.dryRun ? 'to import (dry run, nothing copied)' : 'imported'}${left}; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the translations.`);
  return errors ? exitCodes.content : exitCodes.ok;
}

/** Why a file of the hand-off folder is not imported, and what to do when it most likely is a translation. */
function whySkipped(path: string, meant: string | undefined, course: Course, dir: string): string {
  if (meant !== undefined) return `not the translation of a file in ${dir}. Did you mean "${meant}"? Rename it to that and import again.`;
  const language = translationLanguage(path);
  const languages = course.languages ?? [course.language];
  if (language !== undefined && !languages.includes(language)) {
    return `not the translation of a file in ${dir}: "${language}" is not one of its languages (course.yml "languages": ${languages.join(', ')}).`;
  }
  return `not the translation of a file in ${dir}.`;
}
