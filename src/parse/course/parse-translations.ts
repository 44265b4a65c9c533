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
    if (!originalComplete) {
      translations.push(translation);
      continue;
    }
    checkTranslationStructure(original, translation, sink);
    translations.push(withOriginalPolicies(original, translation));
  }
  return translations;
}

/**
 * The translation with each acknowledgement's policy (title and version) the original's: what a
 * learner agreed to is reported under one title in every language, so HR finds every
 * acknowledgement of a policy in one report (`checkTranslationStructure` warns about a translated
 * title). The learner reads the translated statement; the title is only ever reported.
 */
function withOriginalPolicies(original: Course, translation: Course): Course {
  const policies = new Map(original.lessons.flatMap((lesson) => lesson.blocks.flatMap((block) => (block.kind === 'acknowledgement' ? [[block.id, block.policy] as const] : []))));
  if (![...policies.values()].some(Boolean)) return translation;
  return {
    ...translation,
    lessons: translation.lessons.map((lesson) => ({
      ...lesson,
      blocks: lesson.blocks.map((block) => {
        if (block.kind !== 'acknowledgement' || !policies.has(block.id)) return block;
        const policy = policies.get(block.id);
        const reported = { ...block, policy };
        if (!policy) delete reported.policy;
        return reported;
      }),
    })),
  };
}
