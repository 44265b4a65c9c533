import type { InteractionRecord } from '../block-api.js';
import { utf8ByteLength } from '../state/utf8-byte-length.js';
import { formatCmiTimespan } from './cmi-timespan.js';
import { cutText } from './cut-text.js';
import type { Scorm12Api } from './scorm12-api.js';
import { Scorm12Connection, type TrackingLog } from './scorm12-connection.js';
import { toScorm12Interaction } from './scorm12-interaction.js';
import type { Tracker, TrackerStart, TrackerStatus } from './tracker.js';

/** Options for `Scorm12Tracker`; the defaults suit a browser. */
export interface Scorm12TrackerOptions {
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Shortest time between two ordinary commits. Default 10 s. */
  commitIntervalMs?: number;
  /** Where LMS problems go. Default `console.warn`. */
  log?: TrackingLog;
}

/** SCORM 1.2 `cmi.suspend_data` is CMIString4096; counted in bytes, as several LMSs store bytes. */
const suspendDataBudget = 4096;

/**
 * Tracks a course through a SCORM 1.2 LMS (RTE 1.2; standards checklist §1b–§1d, §5.10–5.15):
 * sets `incomplete` on the first launch, keeps `exit=suspend` until the course is complete,
 * bookmarks, reports score before status, appends interactions, commits at meaningful changes
 * and finishes exactly once.
 */
export class Scorm12Tracker implements Tracker {
  readonly recording = true;
  readonly stateBudget = suspendDataBudget;
  private readonly lms: Scorm12Connection;
  private readonly now: () => number;
  private readonly commitIntervalMs: number;
  private readonly log: TrackingLog;
  private started = false;
  private ended = false;
  private startedAt = 0;
  private lastCommitAt = -Infinity;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private interactionCount = 0;
  private status = '';
  private score = '';
  private location = '';
  private suspendData = '';
  private exit = '';
  /** Launched in review or browse mode: the LMS shows a past attempt and records nothing. */
  private reviewing = false;

  constructor(api: Scorm12Api, options: Scorm12TrackerOptions = {}) {
    this.log = options.log ?? ((message) => console.warn(message));
    this.lms = new Scorm12Connection(api, this.log);
    this.now = options.now ?? Date.now;
    this.commitIntervalMs = options.commitIntervalMs ?? 10000;
  }

  get finished(): boolean {
    return this.ended;
  }

  start(): TrackerStart | undefined {
    if (this.started) return undefined;
    if (!this.lms.call('LMSInitialize')) return undefined;
    this.started = true;
    this.startedAt = this.now();
    const read = (element: string): string => this.lms.get(element) ?? '';
    const entry = read('cmi.core.entry');
    this.status = read('cmi.core.lesson_status');
    this.location = read('cmi.core.lesson_location');
    this.suspendData = read('cmi.suspend_data');
    this.score = read('cmi.core.score.raw');
    // Interactions are write-only in 1.2, so the next free index is counted here from `_count`.
    this.interactionCount = Math.max(0, parseInt(read('cmi.interactions._count'), 10) || 0);
    this.reviewing = ['review', 'browse'].includes(read('cmi.core.lesson_mode'));
    if (this.reviewing) {
      // Reviewing must not reopen, fail or overwrite the attempt being reviewed.
    } else if (this.status === '' || this.status === 'not attempted') this.setStatus('incomplete');
    else this.setExit(isDone(this.status) ? '' : 'suspend');
    return {
      resumed: entry === 'resume' || this.suspendData !== '',
      ...(this.suspendData ? { state: this.suspendData } : {}),
      ...(this.location ? { location: this.location } : {}),
      ...optional('learnerName', read('cmi.core.student_name')),
      ...optional('learnerId', read('cmi.core.student_id')),
    };
  }

  saveState(state: string, location: string): void {
    if (this.reviewing || !this.active()) return;
    const bookmark = cutText(location, 255);
    if (bookmark !== this.location && this.lms.set('cmi.core.lesson_location', bookmark)) this.location = bookmark;
    if (state === this.suspendData) return;
    const bytes = utf8ByteLength(state);
    if (bytes > this.stateBudget) {
      this.log(`SCORM 1.2: learner state is ${bytes} bytes, over the ${this.stateBudget}-byte suspend_data limit; kept the previous state instead of cutting it.`);
      return;
    }
    if (this.lms.set('cmi.suspend_data', state)) this.suspendData = state;
  }

  setScore(raw: number): void {
    if (this.reviewing || !this.active() || !Number.isFinite(raw)) return;
    const value = String(Math.round(Math.min(100, Math.max(0, raw)) * 100) / 100);
    if (value === this.score) return;
    // A passed attempt keeps its score: a lower one would make a mastery-override LMS fail it at LMSFinish.
    if (this.status === 'passed' && this.score !== '' && Number(value) < Number(this.score)) return;
    this.lms.set('cmi.core.score.min', '0');
    this.lms.set('cmi.core.score.max', '100');
    if (this.lms.set('cmi.core.score.raw', value)) this.score = value;
  }

  setStatus(status: TrackerStatus): void {
    if (this.reviewing || !this.active() || status === this.status) return;
    // A finished attempt stays finished: reviewing it, or redoing it after the course changed, must
    // not reopen or fail it. Only completed → passed still moves forward.
    if (isDone(this.status) && status !== 'passed') return;
    if (this.lms.set('cmi.core.lesson_status', status)) this.status = status;
    this.setExit(isDone(this.status) ? '' : 'suspend');
    this.commit(true);
  }

  recordInteraction(record: InteractionRecord): void {
    if (this.reviewing || !this.active()) return;
    const [first, ...rest] = toScorm12Interaction(record, this.interactionCount, new Date(this.now()));
    // Without its id the LMS made no row, so the index is not used up.
    if (!first || !this.lms.set(first[0], first[1])) return;
    this.interactionCount++;
    for (const [element, value] of rest) this.lms.set(element, value);
  }

  commit(urgent = false): void {
    if (!this.active()) return;
    const wait = this.lastCommitAt + this.commitIntervalMs - this.now();
    if (urgent || wait <= 0) {
      this.commitNow();
    } else if (this.commitTimer === undefined) {
      this.commitTimer = setTimeout(() => this.commitNow(), wait);
    }
  }

  finish(): void {
    if (!this.active()) return;
    this.ended = true;
    this.clearTimer();
    this.lms.set('cmi.core.session_time', formatCmiTimespan(this.now() - this.startedAt));
    this.lms.call('LMSFinish');
  }

  private commitNow(): void {
    this.clearTimer();
    if (!this.active()) return;
    this.lastCommitAt = this.now();
    this.lms.call('LMSCommit');
  }

  private clearTimer(): void {
    if (this.commitTimer !== undefined) clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
  }

  private setExit(exit: '' | 'suspend'): void {
    if (exit !== this.exit && this.lms.set('cmi.core.exit', exit)) this.exit = exit;
  }

  private active(): boolean {
    return this.started && !this.ended;
  }
}

function isDone(status: string): boolean {
  return status === 'completed' || status === 'passed';
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
