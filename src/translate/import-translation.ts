import { posix } from 'node:path';
import type { Course } from '../model/course.js';
import type { CourseSource } from '../load/course-source.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileCourse } from '../compile.js';
import { createOverlaySource } from '../load/overlay-source.js';
import { readSourceText, sourceFileCodes as unread } from '../load/read-source-text.js';
import { createDiagnosticSink } from '../diagnostics/context.js';
import { translationStatus } from './translation-status.js';

/** What importing a translator's folder into a course would do, and what the course would then say. */
export interface TranslationImport {
  /** Files to copy (course-relative paths, the same in the folder), sorted. */
  files: string[];
  /** The text of each file to copy, as read and checked (write this, not the file read again). */
  texts: Map<string, string>;
  /** Files of the folder that are not the translation of a file the course has, sorted. */
  skipped: string[];
  /**
   * For a skipped file that most likely is a translation under another name, that name: the same
   * path in other capitals, or the one translation of the course with its file name, in another
   * folder (a hand-off folder flattened). Keyed by the skipped path.
   */
  meant: Record<string, string>;
  /** The languages the copied files are in. */
  languages: string[];
  /** Diagnostics of the course with the files copied, about those languages' translated files. */
  diagnostics: Diagnostic[];
  /**
   * Whether the import must not happen: a copied file has an error (it would not parse, or breaks
   * the structure), or a file of the course or the folder could not be read (too large, unreadable,
   * hard-linked).
   */
  refused: boolean;
}

// The hand-off folder's own files, which `translate export` writes beside the translations.
const handOff = (path: string): boolean => path === 'README.txt' || path.endsWith('.changes.md');

/**
 * Check a translator's folder against a course without changing either: which files are
 * translations of the course's files (`lessons/welcome.es.md` beside `lessons/welcome.md`), and
 * the diagnostics of the course as it would be with them copied in (the same checks as validate),
 * kept to the translated files of the languages imported. Every file is read through its source,
 * with its limits: a file that cannot be read is a diagnostic that refuses the import.
 */
export async function checkTranslationImport(course: Course, courseSource: CourseSource, folder: CourseSource): Promise<TranslationImport> {
  const sink = createDiagnosticSink();
  const states = translationStatus(course, courseSource, sink);
  const byPath = new Map(states.map((s) => [s.path, s]));
  const candidates = folder.list().filter((path) => !handOff(path));
  const files = candidates.filter((path) => byPath.has(path));
  const skipped = candidates.filter((path) => !byPath.has(path));
  const meant = Object.fromEntries(skipped.flatMap((path) => {
    const named = meantTranslation(path, [...byPath.keys()]);
    return named === undefined || folder.has(named) ? [] : [[path, named]];
  }));
  const languages = [...new Set(files.map((path) => byPath.get(path)!.language))].sort();
  const texts = new Map<string, string>();
  for (const path of files) {
    const text = readSourceText(folder, path, sink);
    if (text !== undefined) texts.set(path, text);
  }
  const refusedReading = sink.diagnostics.some((d) => unread.has(d.code));
  if (!files.length || refusedReading) return { files, texts, skipped, meant, languages, diagnostics: [...sink.diagnostics], refused: refusedReading };
  const { diagnostics } = await compileCourse({ source: createOverlaySource(courseSource, folder, files), validateOnly: true });
  const mine = new Set(states.filter((s) => languages.includes(s.language)).map((s) => s.path));
  // A file that was not read is reported where it is referred to (course.yml), naming it in `related`.
  const concerns = (d: Diagnostic, paths: ReadonlySet<string>): boolean =>
    (d.file !== undefined && paths.has(d.file)) || (unread.has(d.code) && (d.related ?? []).some((r) => r.file !== undefined && paths.has(r.file)));
  const relevant = diagnostics.filter((d) => concerns(d, mine) || (d.code.startsWith('translation-') && [...mine].some((path) => d.message.includes(path))));
  const imported = new Set(files);
  const refused = relevant.some((d) => d.severity === 'error' && concerns(d, imported));
  return { files, texts, skipped, meant, languages, diagnostics: relevant, refused };
}

/**
 * The translated file `path` most likely stands for, among `expected`: the same path in other
 * capitals, or else the only one with its file name (in any capitals) in another folder.
 */
function meantTranslation(path: string, expected: readonly string[]): string | undefined {
  const lower = path.toLowerCase();
  const sameLetters = expected.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  const name = posix.basename(lower);
  const sameName = expected.filter((candidate) => posix.basename(candidate).toLowerCase() === name);
  return sameName.length === 1 ? sameName[0] : undefined;
}
