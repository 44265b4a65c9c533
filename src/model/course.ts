import type { Block } from './blocks.js';
import type { SourceLocation } from './position.js';
import type { TargetName } from './site.js';

/** What must happen for the course to count as complete. Several may be combined (all must hold). */
export type CompletionRequirement = 'all-lessons' | 'scenarios' | 'checks' | 'acknowledgements';

export interface SupportResource {
  name: string;
  contact?: string;
  url?: string;
  description?: string;
}

export interface Lesson {
  id: string;
  title: string;
  minutes?: number;
  /** Course-relative path of the lesson file. */
  file: string;
  blocks: Block[];
  at: SourceLocation;
}

/** The whole course, after parsing. Every stage after `parse` reads this. */
export interface Course {
  id: string;
  /**
   * Base IRI of the course's xAPI and cmi5 activity ids: course.yml `iri`, or
   * `urn:coursewright:<id>`. Absolute, without fragment, query or trailing "/" (see `activityId`).
   */
  iri: string;
  title: string;
  description?: string;
  version: string;
  language: string;
  lessons: Lesson[];
  completion: CompletionRequirement[];
  /** 0–100; when set, graded content must reach it for `passed`. */
  masteryScore?: number;
  /** Packages built when the caller names none. */
  targets: TargetName[];
  support: { title: string; resources: SupportResource[] };
  reporting: { reflections: 'private' | 'report' };
  /** Web builds offer a printable record of completion (course.yml `completionRecord`). Default false. */
  completionRecord?: boolean;
  /** Every media file referenced (course-relative posix paths), deduplicated and sorted. */
  assets: string[];
  /** Where course-wide settings stand in course.yml, for diagnostics about them. */
  settingAt: { completion: SourceLocation; masteryScore: SourceLocation };
  at: SourceLocation;
}
