import type { Course, Lesson } from '../model/course.js';
import type { DiagnosticSink } from '../diagnostics/context.js';
import { validateScenario } from './scenario/validate-scenario.js';
import { completionRules } from './completion-rules.js';
import { duplicateIds } from './duplicate-ids.js';
import { editionLessonLinks } from './edition-lesson-links.js';
import { lessonsWhere } from '../parse/course/select-variants.js';

/**
 * Course-wide rules, run after parsing; each reports and the next still runs. `sink.hasErrors()`
 * on entry tells whether parsing already failed somewhere (a lesson or scenario may then be missing).
 */
export function validateCourse(course: Course, sink: DiagnosticSink): void {
  const contentMayBeMissing = sink.hasErrors();
  duplicateIds(course.lessons, sink);
  completionRules(course, sink, { contentMayBeMissing });
  // A lesson that could not be read is missing from every edition: links to it are not the edition's doing.
  if (!contentMayBeMissing) editionLessonLinks(course, sink);
  lessonRules(course.lessons, sink, course.masteryScore);
}

/**
 * The rules that need nothing of course.yml but its list of lessons and its edition ids, for a
 * course whose other settings could not be read (reported as such, so no course is made): the
 * author still learns, in the same run, what is wrong in the lessons and scenarios. Ids are
 * checked in each edition's lessons and blocks, as its package would hold them (the sink reports
 * a problem every edition has once); when the editions could not be read either (`editions`
 * undefined), only among the lessons and blocks that every edition has.
 */
export function validateLessons(lessons: readonly Lesson[], editions: readonly string[] | undefined, sink: DiagnosticSink): void {
  type Has = (scoped: readonly string[] | undefined) => boolean;
  const selections: Has[] =
    editions === undefined ? [(scoped) => scoped === undefined]
    : editions.length === 0 ? [() => true]
    : editions.map((edition): Has => (scoped) => scoped === undefined || scoped.includes(edition));
  for (const has of selections) duplicateIds(lessonsWhere(lessons, has), sink);
  lessonRules(lessons, sink, undefined);
}

/** Each scenario's graph, and what a lesson's place in the list decides. */
function lessonRules(lessons: readonly Lesson[], sink: DiagnosticSink, masteryScore: number | undefined): void {
  lessons.forEach((lesson, index) => {
    for (const block of lesson.blocks) {
      if (block.kind === 'scenario') validateScenario(block.scenario, sink, masteryScore !== undefined ? { masteryScore } : {});
      // Its link opens the next lesson (src/render/render-course.ts): the last has none to open.
      if (block.kind === 'content-note' && block.skip && index === lessons.length - 1) {
        sink.report('content-note-skip-last-lesson', { at: block.at, values: { id: block.id, lesson: lesson.title } });
      }
    }
  });
}
