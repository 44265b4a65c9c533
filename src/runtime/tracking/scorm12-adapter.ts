import { utf8ByteLength } from '../state/utf8-byte-length.js';
import { formatCmiTimespan } from './cmi-timespan.js';
import { cutText } from './cut-text.js';
import { keepSessionAlive, type KeepAlive } from './keep-session-alive.js';
import type { Scorm12Api } from './scorm12-api.js';
import { Scorm12Connection, type TrackingLog } from './scorm12-connection.js';
import { toScorm12Interaction } from './scorm12-interaction.js';
import type { AdapterStart, OutboxItem, SendOptions, TrackedChange, TrackerStatus, TrackingAdapter } from './tracking-adapter.js';
import { stateBudgets } from '../../model/state-budgets.js';

/** Options of the SCORM 1.2 adapter; the defaults suit a browser. */
export interface Scorm12AdapterOptions {
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Where LMS problems go. Default `console.warn`. */
  log?: TrackingLog;
}

/** SCORM 1.2 `cmi.suspend_data` is CMIString4096; counted in bytes, as several LMSs store bytes. */
const suspendDataBudget = stateBudgets.scorm12;

/** An outbox item's payload: element/value pairs; interactions keep the index they were given. */
interface Scorm12Payload {
  sets: [string, string][];
  /** For an interaction: element names are relative to `cmi.interactions.<index>.`. */
  interaction?: true;
  index?: number;
}

/**
 * SCORM 1.2 (RTE 1.2; standards §1b–§1d, §5.10–5.16) as a tracking adapter: `incomplete` on the
 * first launch, `exit=suspend` until the course is complete, bookmark and suspend_data, score
 * before status, interactions appended and re-set at the same index when a commit failed,
 * `session_time` with every commit, and `LMSFinish` at the end. Every call is synchronous, so a
 * send started on pagehide completes before the page goes.
 */
export class Scorm12Adapter implements TrackingAdapter {
  readonly recording = true;
  readonly stateBudget = suspendDataBudget;
  private readonly lms: Scorm12Connection;
  private readonly now: () => number;
  private readonly log: TrackingLog;
  private startedAt = 0;
  /** The status and score as this session last asked for them. */
  private status = '';
  private score = '';
  /** Where the next new interaction goes: the LMS's `_count` plus those this session added. */
  private nextIndex = 0;
  private sequence = 0;
  private keepAlive: KeepAlive | undefined;

  constructor(api: Scorm12Api, options: Scorm12AdapterOptions = {}) {
    this.log = options.log ?? ((message) => console.warn(message));
    this.lms = new Scorm12Connection(api, this.log);
    this.now = options.now ?? Date.now;
  }

  async open(): Promise<AdapterStart | undefined> {
    if (!this.lms.call('LMSInitialize')) return undefined;
    this.startedAt = this.now();
    const read = (element: string): string => this.lms.get(element) ?? '';
    this.status = read('cmi.core.lesson_status');
    this.score = read('cmi.core.score.raw');
    // Interactions are write-only in 1.2, so the next free index is counted here from `_count`.
    this.nextIndex = Math.max(0, parseInt(read('cmi.interactions._count'), 10) || 0);
    const lessonMode = read('cmi.core.lesson_mode');
    const mode = lessonMode === 'review' || lessonMode === 'browse' ? lessonMode : 'normal';
    const learnerId = read('cmi.core.student_id');
    const state = read('cmi.suspend_data');
    const location = read('cmi.core.lesson_location');
    // A learner who only reads or watches keeps the session in use: a commit once 10 minutes passed without one.
    if (mode === 'normal') this.keepAlive = keepSessionAlive(() => this.commit());
    return {
      attemptKey: `scorm12:${learnerId || 'anonymous'}`,
      mode,
      resumed: read('cmi.core.entry') === 'resume' || state !== '',
      ...(state ? { state } : {}),
      ...(location ? { location } : {}),
      ...(learnerId ? { learnerId } : {}),
      ...optional('learnerName', read('cmi.core.student_name')),
      ...(isStatus(this.status) ? { recordedStatus: this.status } : {}),
    };
  }

  openingItems(): OutboxItem[] {
    if (this.status === '' || this.status === 'not attempted') return this.resultItem('incomplete', undefined);
    // exit is per session: without `suspend` again, the next launch would not resume.
    return isDone(this.status) ? [] : [{ key: 'result', payload: { sets: [['cmi.core.exit', 'suspend']] } }];
  }

  itemsFor(change: TrackedChange): OutboxItem[] {
    switch (change.kind) {
      case 'state': {
        const bytes = utf8ByteLength(change.state);
        if (bytes > this.stateBudget) {
          this.log(`SCORM 1.2: learner state is ${bytes} bytes, over the ${this.stateBudget}-byte suspend_data limit; kept the previous state instead of cutting it.`);
          return [];
        }
        return [{ key: 'state', payload: { sets: [['cmi.core.lesson_location', cutText(change.location, 255)], ['cmi.suspend_data', change.state]] } }];
      }
      case 'result':
        return this.resultItem(change.status, change.score);
      case 'interaction': {
        const sets = toScorm12Interaction(change.record, 0, new Date(this.now())).map(([element, value]): [string, string] => [element.slice('cmi.interactions.0.'.length), value]);
        return [{ key: `interaction:${this.now()}:${this.sequence++}`, payload: { sets, interaction: true } satisfies Scorm12Payload }];
      }
      case 'lesson':
        return []; // the bookmark travels with the state
    }
  }

  async send(items: readonly OutboxItem[]): Promise<Set<string>> {
    const done: string[] = [];
    for (const item of items) {
      if (!this.apply(item.payload as Scorm12Payload)) break;
      done.push(item.key);
    }
    if (done.length === 0) return new Set();
    return this.commit() ? new Set(done) : new Set();
  }

  async close(options: SendOptions, pending: readonly OutboxItem[]): Promise<boolean> {
    for (const item of pending) if (!this.apply(item.payload as Scorm12Payload)) break;
    this.lms.set('cmi.core.session_time', formatCmiTimespan(this.now() - this.startedAt));
    const ended = this.lms.call('LMSFinish');
    // Once ended, or when the page goes (the core takes the session as ended then, whatever the LMS said).
    if (ended || options.leaving) this.keepAlive?.stop();
    return ended;
  }

  /** The status and score to set, or nothing when they change nothing or would undo a finished attempt. */
  private resultItem(status: TrackerStatus, raw: number | undefined): OutboxItem[] {
    let score = this.score;
    if (raw !== undefined && Number.isFinite(raw)) {
      const value = String(Math.round(Math.min(100, Math.max(0, raw)) * 100) / 100);
      // A passed attempt keeps its score: a lower one would make a mastery-override LMS fail it at LMSFinish.
      if (!(this.status === 'passed' && score !== '' && Number(value) < Number(score))) score = value;
    }
    // A finished attempt stays finished: only completed → passed still moves forward.
    const next = isDone(this.status) && status !== 'passed' ? this.status : status;
    if (next === this.status && score === this.score) return [];
    this.status = next;
    this.score = score;
    const sets: [string, string][] = score === '' ? [] : [['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', score]];
    sets.push(['cmi.core.lesson_status', next], ['cmi.core.exit', isDone(next) ? '' : 'suspend']);
    return [{ key: 'result', payload: { sets } satisfies Scorm12Payload }];
  }

  /** Sets an item's values; true when the LMS accepted every one. */
  private apply(payload: Scorm12Payload): boolean {
    if (!payload.interaction) return payload.sets.every(([element, value]) => this.lms.set(element, value));
    // An index this LMS does not hold any more (its data was lost) is given again at the end.
    if (payload.index === undefined || payload.index > this.nextIndex) payload.index = this.nextIndex;
    const index = payload.index;
    const [first, ...rest] = payload.sets;
    if (!first || !this.lms.set(`cmi.interactions.${index}.${first[0]}`, first[1])) return false;
    if (index === this.nextIndex) this.nextIndex++;
    return rest.every(([element, value]) => this.lms.set(`cmi.interactions.${index}.${element}`, value));
  }

  /** Commits, with the session time so far: LMSs that drop the final postback still get it (§5.16). */
  private commit(): boolean {
    this.keepAlive?.committed();
    this.lms.set('cmi.core.session_time', formatCmiTimespan(this.now() - this.startedAt));
    return this.lms.call('LMSCommit');
  }
}

function isDone(status: string): boolean {
  return status === 'completed' || status === 'passed';
}

function isStatus(value: string): value is TrackerStatus {
  return value === 'incomplete' || value === 'completed' || value === 'passed' || value === 'failed';
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
