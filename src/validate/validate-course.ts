import type { Course } from '../model/course.js';
import type { DiagnosticSink } from '../diagnostics/context.js';
import { validateScenario } from './scenario/validate-scenario.js';
import { completionRules } from './completion-rules.js';
import { duplicateIds } from './duplicate-ids.js';
import { editionLessonLinks } from './edition-lesson-links.js';

/**
 * Course-wide rules, run after parsing; each reports and the next still runs. `sink.hasErrors()`
 * on entry tells whether parsing already failed somewhere (a lesson or scenario may then be missing).
 */
export function validateCourse(course: Course, sink: DiagnosticSink): void {
  const contentMayBeMissing = sink.hasErrors();
  duplicateIds(course, sink);
  completionRules(course, sink, { contentMayBeMissing });
  // A lesson that could not be read is missing from every edition: links to it are not the edition's doing.
  if (!contentMayBeMissing) editionLessonLinks(course, sink);
  course.lessons.forEach((lesson, index) => {
    for (const block of lesson.blocks) {
      if (block.kind === 'scenario') {
        validateScenario(block.scenario, sink, course.masteryScore !== undefined ? { masteryScore: course.masteryScore } : {});
      }
      // Its link opens the next lesson (src/render/render-course.ts): the last has none to open.
      if (block.kind === 'content-note' && block.skip && index === course.lessons.length - 1) {
        sink.report('content-note-skip-last-lesson', { at: block.at, values: { id: block.id, lesson: lesson.title } });
      }
    }
  });
}
