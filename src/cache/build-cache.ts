import { createLessonCache } from './lesson-cache.js';

/**
 * Parsed lessons kept between compiles of the same course (the preview's rebuild after a save, a
 * watch loop, the benchmark), so a one-lesson edit parses one lesson. Pass it as
 * `compileCourse({ cache })`; one cache serves any number of compiles, one at a time. A lesson's
 * kept parse is used only where it is still right: when its text, the course settings it reads and
 * every file and lesson it refers to are the same (see lesson-cache.ts), and its diagnostics are
 * reported again; the packages are the same as without the cache.
 */
export interface BuildCache {
  /** Lesson texts held (each with its parsed forms). */
  readonly size: number;
  /** Lessons whose parse was reused, and parsed, since the cache was made (for tests and the benchmark). */
  readonly stats: { reused: number; parsed: number };
}

/** A build cache in memory; `maxLessons` lesson texts at most (default 2,000), the least recently used dropped first. */
export function createBuildCache(options: { maxLessons?: number } = {}): BuildCache {
  return createLessonCache(options);
}
