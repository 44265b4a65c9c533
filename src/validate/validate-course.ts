import type { Course } from '../model/course.js';
import type { DiagnosticSink } from '../diagnostics/context.js';
import { validateScenario } from './scenario/validate-scenario.js';
import { completionRules } from './completion-rules.js';
import { duplicateIds } from './duplicate-ids.js';
import { editionLessonLinks } from './edition-lesson-links.js';

/** Course-wide rules, run after parsing; each reports and the next still runs. */
export function validateCourse(course: Course, sink: DiagnosticSink): void {
  duplicateIds(course, sink);
  completionRules(course, sink);
  editionLessonLinks(course, sink);
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      if (block.kind === 'scenario') {
        validateScenario(block.scenario, sink, course.masteryScore !== undefined ? { masteryScore: course.masteryScore } : {});
      }
    }
  }
}
