import type { CourseSource } from './course-source.js';
import { SourceFileError } from './source-file-error.js';

// Each file's lines, split once per source: a lesson asks for a line for each block it reports a
// problem at, and splitting the whole text for each made a lesson of many small blocks take
// minutes (quadratic) to build.
const splitFiles = new WeakMap<CourseSource, Map<string, readonly string[]>>();

/**
 * Line `line` (1-based) of a course file as the source reads it ('' past the end, and for a file
 * the source refuses now: one that changed while the build ran), for a message that points at a
 * word within the line; the message then points at its block. Throws as `CourseSource.readText`
 * for a file that is not there.
 */
export function sourceLine(source: CourseSource, path: string, line: number): string {
  let files = splitFiles.get(source);
  if (!files) splitFiles.set(source, (files = new Map()));
  let lines = files.get(path);
  if (!lines) files.set(path, (lines = readLines(source, path)));
  return lines[line - 1] ?? '';
}

function readLines(source: CourseSource, path: string): readonly string[] {
  try {
    return source.readText(path).split(/\r?\n/);
  } catch (error) {
    if (error instanceof SourceFileError) return [];
    throw error;
  }
}
