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

/**
 * The options and techniques of `course` (its original language: a translation writes the
 * original's ids) whose ids are made from their words, found on their lesson lines (`lineOf`):
 * those whose first line ends in no `{#…}`.
 */
export function madeOptionIds(course: Course, lineOf: (file: string, line: number) => string | undefined): MadeId[] {
  const made: MadeId[] = [];
  for (const lesson of course.lessons) {
    for (const block of lesson.blocks) {
      const options = block.kind === 'check' ? block.options : block.kind === 'practice' ? block.techniques : [];
      for (const option of options) {
        const line = option.at.range?.start.line;
        const text = line === undefined || option.at.file !== lesson.file ? undefined : lineOf(lesson.file, line);
        if (line !== undefined && text !== undefined && !endsWithId(text)) made.push({ file: lesson.file, line, id: option.id });
      }
    }
  }
  return made;
}

/**
 * `text` with ` {#id}` at the end of each pin's line, after its last character: its trailing spaces
 * and tabs dropped, and a line break written there (two spaces, or a backslash), which ends the
 * option's first line as the end of the line does. Line endings are kept as they are, "\r\n" too.
 */
export function withPinnedIds(text: string, pins: readonly Pick<MadeId, 'line' | 'id'>[]): string {
  const lines = text.split('\n');
  for (const { line, id } of pins) {
    const current = lines[line - 1];
    if (current === undefined) throw new Error(`no line ${line} to pin "${id}" on`);
    const ending = current.endsWith('\r') ? '\r' : '';
    const words = current.slice(0, current.length - ending.length).replace(/[ \t]+$/, '');
    // A backslash escapes the one before it: only an odd run of them ends in a line break.
    const lineBreak = (/\\+$/.exec(words)?.[0].length ?? 0) % 2 === 1;
    lines[line - 1] = `${lineBreak ? words.slice(0, -1).replace(/[ \t]+$/, '') : words} {#${id}}${ending}`;
  }
  return lines.join('\n');
}
