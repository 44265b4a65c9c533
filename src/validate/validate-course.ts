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
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      if (block.kind === 'scenario') {
        validateScenario(block.scenario, sink, course.masteryScore !== undefined ? { masteryScore: course.masteryScore } : {});
      }
    }
  }
}
