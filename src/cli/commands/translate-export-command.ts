import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileCourse } from '../../compile.js';
import { createDiagnosticSink } from '../../diagnostics/context.js';
import type { Course } from '../../model/course.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { createDiskSource } from '../../load/course-source.js';
import { findCommittedText } from '../../load/find-committed-text.js';
import { courseTextHash } from '../../parse/course/read-course-translation.js';
import { translationHash } from '../../parse/course/translation-files.js';
import { exportTranslation } from '../../translate/export-translation.js';
import { exportRecordName, exportRecordText } from '../../translate/export-record.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import { writeOutputFile } from '../output-files.js';
import type { Terminal } from '../terminal.js';
import { unreadFileDiagnostics } from './translate-diagnostics.js';
import { renderDiagnostics } from '../print-diagnostics.js';

/**
 * `coursewright translate export <course-dir> --language es --out <folder>`: write the folder to
 * hand to a translator: each missing or stale translated file, ready to translate, and a README.txt.
 * The folder must be new or empty, so nothing from an earlier export is mixed in. When the course
 * is in a git repository, a stale file's changes file shows a diff from the version translated.
 * Course files are read once, by the build's reader with its limits: when one is too large or
 * unreadable, it is printed as the build prints it, nothing is written and the exit code is 1.
 */
export async function runTranslateExport(dir: string, options: { language?: string; out: string }, term: Terminal): Promise<number> {
  const [courseDir] = findCourses([dir]);
  const source = createDiskSource(courseDir!);
  const { course, diagnostics } = await compileCourse({ source, validateOnly: true });
  const notRead = (unread: readonly Diagnostic[]): number => {
    term.err(`${renderDiagnostics(dir, unread, term.color, source)}\n`);
    term.err(`${dir}: not exported; make the files above readable and within the limit, then export again. Nothing was written.`);
    return exitCodes.content;
  };
  if (unreadFileDiagnostics(diagnostics).length) return notRead(unreadFileDiagnostics(diagnostics));
  if (!course) {
    term.err(`${dir}: course.yml cannot be read; run "coursewright validate ${dir}".`);
    return exitCodes.content;
  }
  const language = pickLanguage(course, options.language);
  if (existsSync(options.out) && (!statSync(options.out).isDirectory() || readdirSync(options.out).length)) throw new UsageError(`"${options.out}" is not an empty folder. Export into a new or empty folder.`);
  // The original as it was when translated, from git history, so the changes file can show a diff.
  const previousText = (original: string, hash: string): string | undefined =>
    findCommittedText(courseDir!, original, (text) => (original === 'course.yml' ? courseTextHash(text) : translationHash(text)) === hash)?.replace(/\r\n?/g, '\n');
  const sink = createDiagnosticSink();
  const files = exportTranslation(course, source, language, previousText, sink);
  if (sink.diagnostics.length) return notRead(sink.diagnostics);
  const translations = files.filter((file) => file.path !== 'README.txt' && !file.path.endsWith('.changes.md'));
  for (const file of files) writeOutputFile(join(options.out, file.path), file.text);
  writeOutputFile(join(options.out, exportRecordName), exportRecordText(courseDir!, translations));
  for (const file of translations) term.out(`${options.out}/${file.path}`);
  term.err(`${dir} ${language}: ${translations.length} file${translations.length === 1 ? '' : 's'} to translate written to ${options.out}, with README.txt.`);
  return exitCodes.ok;
}

/** The language asked for, or the course's only translation language. */
function pickLanguage(course: Course, asked: string | undefined): string {
  const translations = (course.languages ?? []).slice(1);
  if (!translations.length) throw new UsageError(`The course is in one language (${course.language}); nothing to translate. Add "languages: [${course.language}, …]" to course.yml.`);
  if (asked === undefined) {
    if (translations.length === 1) return translations[0]!;
    throw new UsageError(`Name the language to export with --language (one of ${translations.join(', ')}).`);
  }
  if (!translations.includes(asked)) throw new UsageError(`"${asked}" is not a translation language of the course; its languages are ${translations.join(', ')}.`);
  return asked;
}
