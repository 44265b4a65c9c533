import type { Course } from '../model/course.js';
import type { DiagnosticSink } from '../diagnostics/context.js';
import { blockTexts } from '../model/block-texts.js';

/** The lesson links the parser wrote into sanitized HTML (`data-cw-lesson="<lesson-id>"`). */
const lessonLink = /data-cw-lesson="([^"]+)"/g;

/**
 * In an edition, every link to another lesson must lead to a lesson that edition has: the parser
 * checked links against every lesson of the course, but an edition may leave the target out.
 * Reported at the block holding the link (`edition-link-missing-lesson`).
 */
export function editionLessonLinks(course: Course, sink: DiagnosticSink): void {
  if (course.variant?.edition === undefined) return;
  const ids = new Set(course.lessons.map((lesson) => lesson.id));
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      for (const text of blockTexts(block)) {
        for (const match of text.matchAll(lessonLink)) {
          if (!ids.has(match[1]!)) sink.report('edition-link-missing-lesson', { at: block.at, values: { id: match[1]! } });
        }
      }
    }
  }
}

