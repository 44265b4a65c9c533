import type { InteractionRecord } from '../block-api.js';

/** Lesson status in the vocabulary every tracking standard can map. */
export type TrackerStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/** What the LMS (or device storage) told the course when the session started. */
export interface TrackerStart {
  /** The learner is coming back to a suspended attempt (or device storage held a saved state). */
  resumed: boolean;
  /** The encoded learner state as it was saved, if any; decode it with `decodeState`. */
  state?: string;
  /** The bookmark (lesson id) as it was saved, if any. */
  location?: string;
  learnerName?: string;
  learnerId?: string;
}

/**
 * One tracking standard, seen from the course. One implementation per standard (SCORM 1.2 now;
 * SCORM 2004, xAPI and cmi5 later, each in its own file). Implementations never throw: LMS errors
 * are logged and the course keeps going.
 */
export interface Tracker {
  /** True when an LMS records progress; false for untracked play (preview, no LMS). */
  readonly recording: boolean;
  /** Largest saved state the standard stores, in UTF-8 bytes. */
  readonly stateBudget: number;
  /** Opens the session; undefined when the LMS refused (the course then plays untracked). */
  start(): TrackerStart | undefined;
  /**
   * Stores the encoded learner state and the bookmark. A state over `stateBudget` is never
   * written, not even cut: the previous saved state stays.
   */
  saveState(state: string, location: string): void;
  /** Score 0–100. Call before `setStatus`, which some LMSs evaluate at once. */
  setScore(raw: number): void;
  setStatus(status: TrackerStatus): void;
  recordInteraction(record: InteractionRecord): void;
  /** Asks the LMS to persist what was set; throttled unless `urgent`. */
  commit(urgent?: boolean): void;
  /** Ends the session. Safe to call more than once: only the first call counts. */
  finish(): void;
  /** True once `finish` ran; later calls are ignored. */
  readonly finished: boolean;
}
