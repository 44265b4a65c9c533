import type { Course } from '../model/course.js';
import { endsWithId } from '../parse/blocks/trailing-id.js';

/** An option (of a check) or technique (of a practice) whose id the build made from its words. */
export interface MadeId {
  /** Course-relative path of the lesson file. */
  file: string;
  /** 1-based line of the option's first line, where its `{#id}` goes. */
  line: number;
  id: string;
}

/** An option whose id is made, but whose first line cannot take a `{#id}` without changing it. */
export interface UnpinnableId extends MadeId {
  reason: string;
}

/**
 * The options and techniques of `course` (its original language: a translation writes the
 * original's ids) whose ids are made from their words, found on their lesson lines (`lineOf`):
 * those whose first line ends in no `{#…}`. A line ending in a line break (two spaces or a
 * backslash) is left to the author: the option's first line then runs on to the next line of text,
 * which is where its id would go.
 */
export function madeOptionIds(course: Course, lineOf: (file: string, line: number) => string | undefined): { made: MadeId[]; unpinnable: UnpinnableId[] } {
  const made: MadeId[] = [];
  const unpinnable: UnpinnableId[] = [];
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      const options = block.kind === 'check' ? block.options : block.kind === 'practice' ? block.techniques : [];
      for (const option of options) {
        const line = option.at.range?.start.line;
        const text = line === undefined || option.at.file !== lesson.file ? undefined : lineOf(lesson.file, line);
        if (line === undefined || text === undefined || endsWithId(text)) continue;
        const found = { file: lesson.file, line, id: option.id };
        if (/(?: {2}|\\)$/.test(text)) unpinnable.push({ ...found, reason: 'its first line ends in a line break (two spaces or a backslash), which runs the option on to the next line' });
        else made.push(found);
      }
    }
  }
  return { made, unpinnable };
}

/**
 * `text` with ` {#id}` at the end of each pin's line (after its last character, its trailing
 * spaces and tabs dropped). Line endings are kept as they are, "\r\n" too.
 */
export function withPinnedIds(text: string, pins: readonly Pick<MadeId, 'line' | 'id'>[]): string {
  const lines = text.split('\n');
  for (const { line, id } of pins) {
    const current = lines[line - 1];
    if (current === undefined) throw new Error(`no line ${line} to pin "${id}" on`);
    const ending = current.endsWith('\r') ? '\r' : '';
    lines[line - 1] = `${current.slice(0, current.length - ending.length).replace(/[ \t]+$/, '')} {#${id}}${ending}`;
  }
  return lines.join('\n');
}
