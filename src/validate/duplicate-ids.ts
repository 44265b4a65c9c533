import type { Lesson } from '../model/course.js';
import type { SourceLocation } from '../model/position.js';
import type { DiagnosticSink } from '../diagnostics/context.js';

/**
 * Lesson and block ids must be unique in the course: LMS reports tell them apart by id. `lessons`
 * are one edition's (a variant's), where two blocks that no edition shows together may share an id.
 */
export function duplicateIds(lessons: readonly Lesson[], sink: DiagnosticSink): void {
  const seen = new Map<string, { at: SourceLocation; message: string }>();
  const check = (kind: string, id: string, at: SourceLocation, firstMessage = 'First used here.'): void => {
    const first = seen.get(id);
    if (first) sink.report('duplicate-id', { at, values: { kind, id }, related: [first] });
    else seen.set(id, { at, message: firstMessage });
  };
  // A lesson's id is its `id:` when written, else its file's name: which, the author is told.
  for (const lesson of lessons) {
    if (lesson.idAt) check('lesson', lesson.id, lesson.idAt);
    else check('lesson', lesson.id, lesson.at, `First used here: the id of this lesson, from its file name (set "id:" in its front matter to give it another).`);
  }
  for (const lesson of lessons) {
    for (const block of lesson.blocks) {
      if (block.kind !== 'markdown') check(block.kind, block.id, block.at);
    }
  }
}
