import type { BlockState, InteractionRecord } from '../block-api.js';
import type { RuntimeData } from '../../model/runtime-data.js';
import { encodeStateWithin } from '../state/encode-state-within.js';
import { markVisited, type LearnerState } from '../state/learner-state.js';
import { encodeState } from '../state/state-codec.js';
import type { Tracker } from '../tracking/tracker.js';
import { computeOutcome, type Outcome } from './compute-outcome.js';

/** What a session needs from the course data. */
export type SessionCourse = Pick<RuntimeData, 'course' | 'lessons' | 'completion' | 'masteryScore' | 'blocks'>;

/** Called after every change, with the outcome before and after it. */
export type SessionListener = (outcome: Outcome, previous: Outcome) => void;

/**
 * The learner's progress through one course for one session: the only place that changes the
 * learner state. Every change is saved to the tracker at once (state, bookmark, then score once
 * complete, and status) so nothing waits for the end of the session. DOM-free.
 */
export class CourseSession {
  private current: Outcome;
  private lastWarning = '';
  private readonly listeners: SessionListener[] = [];

  constructor(
    private readonly course: SessionCourse,
    private readonly tracker: Tracker,
    private readonly learner: LearnerState,
    private readonly warn: (message: string) => void = (message) => console.warn(message),
  ) {
    this.current = computeOutcome(course, learner);
  }

  /** The learner state; read-only for callers, changed through the methods below. */
  get state(): Readonly<LearnerState> {
    return this.learner;
  }

  get outcome(): Outcome {
    return this.current;
  }

  onChange(listener: SessionListener): void {
    this.listeners.push(listener);
  }

  /** Opens lesson `index`: bookmarks it, marks it visited and commits (a page turn). */
  visit(index: number): void {
    if (index < 0 || index >= this.course.lessons.length) return;
    this.learner.lesson = index;
    markVisited(this.learner, index);
    this.changed();
    this.tracker.commit();
  }

  blockState(id: string): BlockState | undefined {
    return this.learner.blocks[id];
  }

  /** Stores a block's new state and commits (an answer or a decision). */
  saveBlock(id: string, state: BlockState): void {
    this.learner.blocks[id] = state;
    this.changed();
    this.tracker.commit();
  }

  report(record: InteractionRecord): void {
    this.tracker.recordInteraction(record);
    this.tracker.commit();
  }

  /** Ends the session (Exit button, or the page going away). Runs once. */
  finish(): void {
    if (!this.tracker.finished) this.tracker.finish();
  }

  private changed(): void {
    this.save();
    const previous = this.current;
    this.current = computeOutcome(this.course, this.learner);
    // Score only once complete: before that it counts unanswered blocks as 0, and an LMS whose mastery
    // score overrides the status (Moodle's default) would record "failed" when the learner leaves.
    // Score before status: some LMSs judge pass/fail the moment the status arrives.
    if (this.current.complete && this.current.score !== undefined) this.tracker.setScore(this.current.score);
    this.tracker.setStatus(this.current.status);
    for (const listener of this.listeners) listener(this.current, previous);
  }

  private save(): void {
    const hash = this.course.course.structureHash;
    const fitted = encodeStateWithin(this.learner, hash, this.tracker.stateBudget);
    const warning = fitted.dropped.length + fitted.reduced.length === 0 ? ''
      : `coursewright: saved state too large for ${this.tracker.stateBudget} bytes; left out the working state of [${fitted.dropped.join(', ')}] and cut down [${fitted.reduced.join(', ')}].`;
    if (warning && warning !== this.lastWarning) this.warn(warning);
    this.lastWarning = warning;
    const location = this.course.lessons[this.learner.lesson]?.id ?? '';
    // If nothing fits, the full text goes to the tracker, which refuses it and keeps the last good state.
    this.tracker.saveState(fitted.text ?? encodeState(this.learner, hash), location);
  }
}
