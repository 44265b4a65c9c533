import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Write a course file (`path`, course-relative) with `text`: to a new file beside it, renamed into
 * place, so a reader never sees half a file, and a link already at that name is replaced, never
 * written through to the file it points at.
 */
export function writeCourseFile(courseDir: string, path: string, text: string): void {
  const target = join(courseDir, path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, target);
}
