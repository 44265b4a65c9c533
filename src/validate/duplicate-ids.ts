import type { Lesson } from '../model/course.js';
import type { SourceLocation } from '../model/position.js';
import type { DiagnosticSink } from '../diagnostics/context.js';

/**
 * Lesson and block ids must be unique in the course: LMS reports tell them apart by id. `lessons`
 * are one edition's (a variant's), where two blocks that no edition shows together may share an id.
 */
export function duplicateIds(lessons: readonly Lesson[], sink: DiagnosticSink): void {
  const seen = new Map<string, SourceLocation>();
  const check = (kind: string, id: string, at: SourceLocation): void => {
    const first = seen.get(id);
    if (first) sink.report('duplicate-id', { at, values: { kind, id }, related: [{ at: first, message: 'First used here.' }] });
    else seen.set(id, at);
  };
  for (const lesson of lessons) check('lesson', lesson.id, lesson.at);
  for (const lesson of lessons) {
    for (const block of lesson.blocks) {
      if (block.kind !== 'markdown') check(block.kind, block.id, block.at);
    }
  }
}
