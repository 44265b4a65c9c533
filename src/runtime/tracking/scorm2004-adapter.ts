import type { InteractionRecord } from '../block-api.js';
import { utf8ByteLength } from '../state/utf8-byte-length.js';
import { cutText } from './cut-text.js';
import type { Scorm2004Api } from './scorm2004-api.js';
import { Scorm2004Connection } from './scorm2004-connection.js';
import { toScorm2004Interaction } from './scorm2004-interaction.js';
import { isFinished, scorm2004Result, type Scorm2004Result } from './scorm2004-result.js';
import type { TrackingLog } from './scorm-connection.js';
import type { AdapterStart, LaunchMode, OutboxItem, SendOptions, TrackedChange, TrackerStatus, TrackingAdapter } from './tracking-adapter.js';
import { keepSessionAlive, type KeepAlive } from './keep-session-alive.js';
import { formatXapiDuration } from './xapi/format-xapi-duration.js';
import { stateBudgets } from '../../model/state-budgets.js';

/** Options of the SCORM 2004 adapter; the defaults suit a browser. */
export interface Scorm2004AdapterOptions {
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Where LMS problems go. Default `console.warn`. */
  log?: TrackingLog;
  /** The long identifier of an interaction (the targets use its xAPI activity id). Default its author id. */
  interactionId?: (record: InteractionRecord) => string;
  /** Course language, for the `{lang=…}` of interaction descriptions. */
  language?: string;
  /** Share of the completion requirements an encoded learner state meets, 0..1 (`cmi.progress_measure`). */
  progress?: (state: string) => number | undefined;
  /**
   * Read `cmi.scaled_passing_score` and judge by it. Set for courses with a mastery score: only
   * their manifest gives the LMS one, and reading an unset element is error 403. Default false.
   */
  readPassingScore?: boolean;
}

/** `cmi.suspend_data` is characterstring SPM 64,000 in 4th Edition; counted in bytes, as several LMSs store bytes. */
const suspendDataBudget = stateBudgets.scorm2004;

/** An outbox item's payload: element/value pairs; interactions keep the index they were given. */
interface Scorm2004Payload {
  sets: [string, string][];
  /** For an interaction: element names are relative to `cmi.interactions.<index>.`. */
  interaction?: true;
  index?: number;
}

/**
 * SCORM 2004 4th Edition (RTE 2004; standards §2b–§2d, §5) as a tracking adapter. Completion and
 * success are set separately and both explicitly (`incomplete`/`unknown` on the first launch),
 * score as scaled 0..1 with raw, min and max, progress_measure with the state, `exit=suspend`
 * until the attempt is finished, interactions in 2004 formats appended and re-set at the same
 * index after a failed commit, `session_time` with every commit, and `Terminate` at the end. In
 * review or browse mode it reads and records nothing. Every call is synchronous, so a send
 * started on pagehide completes before the page goes.
 */
export class Scorm2004Adapter implements TrackingAdapter {
  readonly recording = true;
  readonly stateBudget = suspendDataBudget;
  private readonly lms: Scorm2004Connection;
  private readonly now: () => number;
  private readonly log: TrackingLog;
  private startedAt = 0;
  private mode: LaunchMode = 'normal';
  private keepAlive: KeepAlive | undefined;
  /** Completion, success and score as this session last asked for them. */
  private result: Scorm2004Result = { completion: '', success: '', raw: '' };
  /** Where the next new interaction goes: the LMS's `_count` plus those this session added. */
  private nextIndex = 0;
  private sequence = 0;

  constructor(api: Scorm2004Api, private readonly options: Scorm2004AdapterOptions = {}) {
    this.log = options.log ?? ((message) => console.warn(message));
    this.lms = new Scorm2004Connection(api, this.log);
    this.now = options.now ?? Date.now;
  }

  async open(): Promise<AdapterStart | undefined> {
    if (!this.lms.call('Initialize')) return undefined;
    this.startedAt = this.now();
    const read = (element: string): string => this.lms.get(element) ?? '';
    const mode = read('cmi.mode');
    this.mode = mode === 'review' || mode === 'browse' ? mode : 'normal';
    // A learner who only reads or watches keeps the session in use: a commit once 10 minutes passed without one.
    if (this.mode === 'normal') this.keepAlive = keepSessionAlive(() => this.commit());
    // Elements that were never set answer error 403, which strict LMS logs count against the
    // course: read each only when this attempt can have set it (the score is sent once complete).
    const completion = read('cmi.completion_status');
    const entry = read('cmi.entry');
    const fresh = entry === 'ab-initio';
    this.result = { completion, success: read('cmi.success_status'), raw: completion === 'completed' ? read('cmi.score.raw') : '' };
    this.nextIndex = Math.max(0, parseInt(read('cmi.interactions._count'), 10) || 0);
    const learnerId = read('cmi.learner_id');
    const state = fresh ? '' : read('cmi.suspend_data');
    const location = fresh ? '' : read('cmi.location');
    // The LMS judges success by its threshold (the manifest's, or an admin's): the course uses it too.
    const passing = this.options.readPassingScore ? parseFloat(read('cmi.scaled_passing_score')) : NaN;
    const recordedStatus = recorded(this.result);
    return {
      attemptKey: `scorm2004:${learnerId || 'anonymous'}`,
      mode: this.mode,
      resumed: entry === 'resume' || state !== '',
      ...(state ? { state } : {}),
      ...(location ? { location } : {}),
      ...(learnerId ? { learnerId } : {}),
      ...optional('learnerName', read('cmi.learner_name')),
      ...(recordedStatus ? { recordedStatus } : {}),
      ...(Number.isFinite(passing) && passing >= 0 && passing <= 1 ? { masteryScore: Math.round(passing * 10000) / 100 } : {}),
    };
  }

  openingItems(): OutboxItem[] {
    const { completion } = this.result;
    if (completion === '' || completion === 'not attempted' || completion === 'unknown') return this.resultItem('incomplete', undefined);
    // exit is per session: without `suspend` again, the next launch would not resume.
    return isFinished(this.result) ? [] : [{ key: 'result', payload: { sets: [['cmi.exit', 'suspend']] } }];
  }

  itemsFor(change: TrackedChange): OutboxItem[] {
    switch (change.kind) {
      case 'state': {
        const bytes = utf8ByteLength(change.state);
        if (bytes > this.stateBudget) {
          this.log(`SCORM 2004: learner state is ${bytes} bytes, over the ${this.stateBudget}-byte suspend_data limit; kept the previous state instead of cutting it.`);
          return [];
        }
        const sets: [string, string][] = [['cmi.location', cutText(change.location, 1000)], ['cmi.suspend_data', change.state]];
        const progress = this.result.completion === 'completed' ? 1 : this.options.progress?.(change.state);
        if (progress !== undefined && Number.isFinite(progress)) sets.push(['cmi.progress_measure', String(round(Math.min(1, Math.max(0, progress))))]);
        return [{ key: 'state', payload: { sets } satisfies Scorm2004Payload }];
      }
      case 'result':
        return this.resultItem(change.status, change.score);
      case 'interaction': {
        const id = this.options.interactionId?.(change.record) ?? change.record.id;
        const sets = toScorm2004Interaction(change.record, { id, ...(this.options.language ? { language: this.options.language } : {}) }, new Date(this.now()));
        return [{ key: `interaction:${this.now()}:${this.sequence++}`, payload: { sets, interaction: true } satisfies Scorm2004Payload }];
      }
      case 'lesson':
        return []; // the bookmark travels with the state
    }
  }

  async send(items: readonly OutboxItem[]): Promise<Set<string>> {
    const done: string[] = [];
    for (const item of items) {
      if (!this.apply(item.payload as Scorm2004Payload)) break;
      done.push(item.key);
    }
    if (done.length === 0) return new Set();
    return this.commit() ? new Set(done) : new Set();
  }

  async close(options: SendOptions, pending: readonly OutboxItem[]): Promise<boolean> {
    // Review and browse record nothing, not even the time spent looking.
    if (this.mode === 'normal') {
      for (const item of pending) if (!this.apply(item.payload as Scorm2004Payload)) break;
      this.lms.set('cmi.session_time', this.sessionTime());
    }
    const ended = this.lms.call('Terminate');
    // Once ended, or when the page goes (the core takes the session as ended then, whatever the LMS said).
    if (ended || options.leaving) this.keepAlive?.stop();
    return ended;
  }

  /** The values to set for a status and score, or nothing when they change nothing or would undo a finished attempt. */
  private resultItem(status: TrackerStatus, score: number | undefined): OutboxItem[] {
    const next = scorm2004Result(this.result, status, score);
    if (next.sets.length === 0) return [];
    this.result = next.result;
    return [{ key: 'result', payload: { sets: next.sets } satisfies Scorm2004Payload }];
  }

  /** Sets an item's values; true when the LMS accepted every one. */
  private apply(payload: Scorm2004Payload): boolean {
    if (!payload.interaction) return payload.sets.every(([element, value]) => this.lms.set(element, value));
    // An index this LMS does not hold any more (its data was lost) is given again at the end.
    if (payload.index === undefined || payload.index > this.nextIndex) payload.index = this.nextIndex;
    const index = payload.index;
    const [first, ...rest] = payload.sets;
    // The id goes first: anything else at a new index is a dependency error (408, §2.14).
    if (!first || !this.lms.set(`cmi.interactions.${index}.${first[0]}`, first[1])) return false;
    if (index === this.nextIndex) this.nextIndex++;
    return rest.every(([element, value]) => this.lms.set(`cmi.interactions.${index}.${element}`, value));
  }

  /** Commits, with the session time so far: LMSs that drop the final postback still get it (§5.16). */
  private commit(): boolean {
    this.keepAlive?.committed();
    this.lms.set('cmi.session_time', this.sessionTime());
    return this.lms.call('Commit');
  }

  private sessionTime(): string {
    return formatXapiDuration(this.now() - this.startedAt);
  }
}

/** real(10,7): at most seven decimals. */
function round(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

function recorded(result: Scorm2004Result): AdapterStart['recordedStatus'] {
  if (result.success === 'passed' || result.success === 'failed') return result.success;
  if (result.completion === 'completed' || result.completion === 'incomplete') return result.completion;
  return undefined;
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
