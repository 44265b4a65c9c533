import type { Course } from '../model/course.js';
import type { SourceLocation } from '../model/position.js';
import type { DiagnosticSink } from '../diagnostics/context.js';

/** Lesson and block ids must be unique in the course: LMS reports tell them apart by id. */
export function duplicateIds(course: Course, sink: DiagnosticSink): void {
  const seen = new Map<string, SourceLocation>();
  const check = (kind: string, id: string, at: SourceLocation): void => {
    const first = seen.get(id);
    if (first) sink.report('duplicate-id', { at, values: { kind, id }, related: [{ at: first, message: 'First used here.' }] });
    else seen.set(id, at);
  };
  for (const lesson of course.lessons) check('lesson', lesson.id, lesson.at);
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      if (block.kind !== 'markdown') check(block.kind, block.id, block.at);
    }
  }
}
