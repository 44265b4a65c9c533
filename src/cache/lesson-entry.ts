import type { Root } from 'mdast';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { ReportDetails } from '../diagnostics/context.js';
import type { Lesson } from '../model/course.js';
import type { LessonHead } from '../parse/course/parse-lesson.js';
import type { LessonEvent } from './lesson-events.js';

/** What the build cache keeps for one lesson text (see `BuildCache`). */
export interface LessonEntry {
  /** The key it is kept under: a hash of the lesson's file names and text. */
  key: string;
  head: Omit<LessonHead, 'tree'>;
  /** The tree as pass 1 left it: pass 2 changes its tree, so each new pass 2 gets a copy. */
  tree: Root;
  /** What pass 1 reported, reported again when the entry is used. */
  reports: { code: DiagnosticCode; details: ReportDetails | undefined }[];
  /** Pass 2 under each course settings (see parse-course.ts `bodySettings`), with what it asked outside its text. */
  bodies: Map<string, { lesson: Lesson; events: LessonEvent[] }>;
}

/**
 * Where a build cache keeps entries beyond one process (see disk-store.ts). The cache asks it for
 * an entry it does not hold, and tells it of every entry made or changed; the store decides when
 * to write.
 */
export interface LessonStore {
  /** The entry kept under `key`, or undefined (none, or one that cannot be trusted). */
  load(key: string): LessonEntry | undefined;
  /** `entry` was made or changed (a new pass 2): keep it as it is when the store is next written. */
  save(entry: LessonEntry): void;
}
