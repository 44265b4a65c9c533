import type { Course } from '../model/course.js';
import type { CourseSource } from '../load/course-source.js';
import { readSourceText } from '../load/read-source-text.js';
import { createDiagnosticSink, type DiagnosticSink } from '../diagnostics/context.js';
import { readTranslationOf, translatedPath, translationHash } from '../parse/course/translation-files.js';
import { courseTextHash } from '../parse/course/read-course-translation.js';

/**
 * Where one translated file stands: `missing` (no file), `stale` (the original changed since its
 * `translation-of`), `untracked` (it records no `translation-of`) or `current`.
 */
export interface TranslationState {
  language: string;
  /** The original, e.g. `lessons/welcome.md`. */
  original: string;
  /** Its translation, e.g. `lessons/welcome.es.md`. */
  path: string;
  state: 'missing' | 'stale' | 'untracked' | 'current';
  /** The hash to record as `translation-of` once the translation matches the original. */
  hash: string;
}

/**
 * The translator's worklist: every file that has text (course.yml, lessons, scenario files) in
 * every language after the first, and where its translation stands. Ordered by language, then
 * as the course lists the files. Files are read through `source` with its limits: one that is too
 * large, unreadable or hard-linked is left out of the list and reported to `sink` (as
 * `file-too-large`, `file-unreadable`, `file-hard-linked`, at the file), never thrown.
 */
export function translationStatus(course: Course, source: CourseSource, sink: DiagnosticSink = createDiagnosticSink()): TranslationState[] {
  const originals = ['course.yml', ...course.lessons.flatMap((lesson) => [lesson.file, ...scenarioFiles(lesson.blocks)])];
  const unique = [...new Set(originals)].filter((file) => source.has(file));
  const texts = new Map<string, string | undefined>();
  const read = (path: string): string | undefined => {
    if (!texts.has(path)) texts.set(path, readSourceText(source, path, sink));
    return texts.get(path);
  };
  return (course.languages ?? []).slice(1).flatMap((language) =>
    unique.flatMap((original): TranslationState[] => {
      const text = read(original);
      if (text === undefined) return [];
      const hash = original === 'course.yml' ? courseTextHash(text) : translationHash(text);
      const path = translatedPath(original, language);
      if (!source.has(path)) return [{ language, original, path, state: 'missing', hash }];
      const translated = read(path);
      if (translated === undefined) return [];
      const recorded = readTranslationOf(translated);
      const state = recorded === undefined ? 'untracked' : recorded.hash === hash ? 'current' : 'stale';
      return [{ language, original, path, state, hash }];
    }),
  );
}

function scenarioFiles(blocks: Course['lessons'][number]['blocks']): string[] {
  return blocks.flatMap((block) => (block.kind === 'scenario' && block.scenario.at.file && block.scenario.at.file.endsWith('.yml') ? [block.scenario.at.file] : []));
}
