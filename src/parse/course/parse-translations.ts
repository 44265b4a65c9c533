import type { Course } from '../../model/course.js';
import type { CourseSource } from '../../load/course-source.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { parseCourse, type ParseCourseOptions } from './parse-course.js';
import { checkTranslationStructure } from './check-translation-structure.js';

/**
 * The course in each of its other languages (course.yml `languages` after the first), parsed from
 * the translated files and checked to have the original's structure. Problems the translations share
 * with the original (course.yml) are reported once: the sink drops identical reports.
 */
export function parseTranslations(original: Course, source: CourseSource, sink: DiagnosticSink, options: Pick<ParseCourseOptions, 'cache'> = {}): Course[] {
  const translations: Course[] = [];
  // An original with errors lacks what could not be read (a scenario, a block): its translations
  // would differ from it only by that, which is not the translator's doing.
  const originalComplete = !sink.hasErrors();
  for (const language of (original.languages ?? []).slice(1)) {
    const translation = parseCourse(source, sink, { ...options, language });
    if (!translation) continue;
    if (originalComplete) checkTranslationStructure(original, translation, sink);
    translations.push(translation);
  }
  return translations;
}
