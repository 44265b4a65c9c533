import type { Block } from './blocks.js';
import type { SourceLocation } from './position.js';
import type { TargetName } from './site.js';

/** What must happen for the course to count as complete. Several may be combined (all must hold). */
export type CompletionRequirement = 'all-lessons' | 'scenarios' | 'checks' | 'acknowledgements';

/**
 * How much of a learner's scenario decisions and practice choices reach the LMS or LRS: `all` each
 * one, `anonymous-score` one outcome or score per finished scenario, `none` nothing. Sensitive
 * scenarios (what someone would do about harassment) may be better not seen choice by choice.
 */
export const decisionReporting = ['all', 'anonymous-score', 'none'] as const;
export type DecisionReporting = (typeof decisionReporting)[number];

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
  /** The editions that have this lesson (course.yml `{ file, editions }`); absent: every edition. */
  editions?: string[];
  at: SourceLocation;
  /** Where its front matter writes `id:`; absent when the id is the file's name. */
  idAt?: SourceLocation;
}

/** One edition defined in course.yml `editions`. */
export interface Edition {
  /** The edition id, e.g. `manager`. */
  id: string;
  title: string;
  description?: string;
  /** Where it is defined in course.yml. */
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
  support: { title?: string; resources: SupportResource[] };
  reporting: {
    /** private: on the device; session: on the device until the browser window closes; report: opted-in blocks send the text. */
    reflections: 'private' | 'session' | 'report';
    /** What scenario decisions and practice choices send (course.yml `reporting.decisions`). Default `all`. */
    decisions: DecisionReporting;
  };
  /**
   * When all required work is done but the score is below `masteryScore`: `failed-checks` (the
   * default when absent) offers to retake the graded checks answered wrong; `none` records the fail.
   */
  retake?: 'failed-checks' | 'none';
  /** How many retakes are offered before the fail is recorded (course.yml `maxRetakes`). Default: no limit. */
  maxRetakes?: number;
  /** Web builds offer a printable record of completion (course.yml `completionRecord`). Default false. */
  completionRecord?: boolean;
  /** Player strings the author replaced (course.yml `strings`), checked against the catalogue; original language only. */
  strings?: Record<string, string>;
  /** Every media file referenced (course-relative posix paths), deduplicated and sorted. */
  assets: string[];
  /** Every edition course.yml defines, in order; absent or empty when it defines none. */
  editions?: Edition[];
  /** Languages built (course.yml `languages`); absent: `[language]`. The first is the original's. */
  languages?: string[];
  /**
   * Set once the course is narrowed to one edition and language (see `selectVariants`) when
   * course.yml defines editions or several languages: the names package files carry.
   */
  variant?: {
    edition?: string;
    language: string;
    /** The course's own title in this language, where `title` is the edition's. */
    courseTitle?: string;
  };
  /** Where course-wide settings stand in course.yml, for diagnostics about them. */
  settingAt: { completion: SourceLocation; masteryScore: SourceLocation; maxRetakes?: SourceLocation };
  at: SourceLocation;
}
