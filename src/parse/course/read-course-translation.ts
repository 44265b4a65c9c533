import type { CourseSource } from '../../load/course-source.js';
import { readSourceText } from '../../load/read-source-text.js';
import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { checkSchema } from '../yaml/check-schema.js';
import { courseTranslationSchema, type CourseTranslation } from './course-schema.js';
import { checkTranslationStale, translatedPath, translationHash } from './translation-files.js';

/**
 * Read course.<lang>.yml, the translated course-level text (title, description, support, edition
 * titles), and check it against `courseYml`, the text of course.yml the build parsed (not read
 * again). A missing file is reported as `translation-missing` at `at` (the language in course.yml).
 */
export function readCourseTranslation(source: CourseSource, courseYml: string, language: string, at: SourceLocation, sink: DiagnosticSink): CourseTranslation | undefined {
  const path = translatedPath('course.yml', language);
  if (!source.has(path)) {
    sink.report('translation-missing', { at, values: { original: 'course.yml', path, language } });
    return undefined;
  }
  const text = readSourceText(source, path, sink, at);
  if (text === undefined) return undefined;
  checkTranslationStale(path, text, 'course.yml', courseTextHash(courseYml), sink);
  const data = parseYaml(text, path, sink);
  return data.value === undefined ? undefined : checkSchema(courseTranslationSchema, data, sink);
}

/**
 * The `translation-of` hash of course.yml: of the lines a translator translates (title,
 * description, support, editions) only, so a new version number or target does not make every
 * course.<lang>.yml stale.
 */
export function courseTextHash(courseYml: string): string {
  const translatable = /^(title|description|support|editions):/;
  const kept: string[] = [];
  let keeping = false;
  for (const line of courseYml.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\S/.test(line)) keeping = translatable.test(line);
    if (keeping) kept.push(line);
  }
  return translationHash(kept.join('\n'));
}
