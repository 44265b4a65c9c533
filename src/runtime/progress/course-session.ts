import type { BlockState, InteractionRecord } from '../block-api.js';
import type { PageData } from '../../model/runtime-data.js';
import { encodeStateWithin } from '../state/encode-state-within.js';
import { markVisited, type LearnerState } from '../state/learner-state.js';
import { encodeState } from '../state/state-codec.js';
import type { TrackerStatus } from '../tracking/tracking-adapter.js';
import { computeOutcome, reportedScore, type Outcome } from './compute-outcome.js';
import { retakeStates } from './retake.js';

/** What a session needs from the course data. */
export type SessionCourse = Pick<PageData, 'course' | 'lessons' | 'lessonCount' | 'completion' | 'masteryScore' | 'blocks' | 'retake' | 'state'>;

/** Called after every change, with the outcome before and after it. */
export type SessionListener = (outcome: Outcome, previous: Outcome) => void;

/** What a session needs from the tracking core (`Tracker`). */
export interface SessionTracker {
  readonly stateBudget: number;
  saveState(state: string, location: string): void;
  setResult(status: TrackerStatus, score?: number): void;
  recordInteraction(record: InteractionRecord, lesson: { id: string; title: string }): void;
  visitLesson(lesson: { id: string; title: string }): void;
}

/**
 * The learner's progress through one course for one session: the only place that changes the
 * learner state. Every change goes to the tracker at once (state and bookmark, then the status
 * with the score once complete); the tracker decides when it travels. DOM-free.
 */
export class CourseSession {
  private current: Outcome;
  private lastWarning = '';
  private readonly listeners: SessionListener[] = [];

  constructor(
    private readonly course: SessionCourse,
    private readonly tracker: SessionTracker,
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

  /** Opens lesson `index`: bookmarks it and marks it visited (a page turn). */
  visit(index: number): void {
    const lesson = this.course.lessons[index];
    if (!lesson) return;
    this.learner.lesson = index;
    if (markVisited(this.learner, index)) this.tracker.visitLesson(lesson);
    this.changed();
  }

  blockState(id: string): BlockState | undefined {
    return this.learner.blocks[id];
  }

  /** Stores a block's new state (an answer or a decision). */
  saveBlock(id: string, state: BlockState): void {
    this.learner.blocks[id] = state;
    this.changed();
  }

  /**
   * Starts a retake when one is offered (`outcome.retake`): the graded checks answered wrong start
   * afresh, nothing else changes. Returns the ids of the checks reset.
   */
  retake(): string[] {
    if (!this.current.retake) return [];
    const reset = retakeStates(this.course, this.learner);
    Object.assign(this.learner.blocks, reset);
    this.changed();
    return Object.keys(reset);
  }

  /** Reports a decision or answer, made in lesson `lessonIndex` (default: the current lesson). */
  report(record: InteractionRecord, lessonIndex = this.learner.lesson): void {
    const lesson = this.course.lessons[lessonIndex] ?? this.course.lessons[this.learner.lesson];
    if (lesson) this.tracker.recordInteraction(record, lesson);
  }

  /** Judges the outcome again after the course data grew (a long course's later lessons' outline came), telling the tracker and the listeners. */
  outlineGrew(): void {
    this.judge();
  }

  private changed(): void {
    this.save();
    this.judge();
  }

  private judge(): void {
    const previous = this.current;
    this.current = computeOutcome(this.course, this.learner);
    this.tracker.setResult(this.current.status, reportedScore(this.current));
    for (const listener of this.listeners) listener(this.current, previous);
  }

  private save(): void {
    const layout = this.course.state;
    const fitted = encodeStateWithin(this.learner, layout, this.tracker.stateBudget);
    const warning = fitted.dropped.length + fitted.reduced.length === 0 ? ''
      : `coursewright: saved state too large for ${this.tracker.stateBudget} bytes; left out the working state of [${fitted.dropped.join(', ')}] and cut down [${fitted.reduced.join(', ')}].`;
    if (warning && warning !== this.lastWarning) this.warn(warning);
    this.lastWarning = warning;
    const location = this.course.lessons[this.learner.lesson]?.id ?? '';
    // If nothing fits, the full text goes to the tracker, which refuses it and keeps the last good state.
    this.tracker.saveState(fitted.text ?? encodeState(this.learner, layout), location);
  }
}
