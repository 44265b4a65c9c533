import type { InteractionRecord } from '../block-api.js';
import { prefixedStore, type KeyValueStore } from '../storage/key-value-store.js';
import { Outbox } from './outbox.js';
import { nextRetryDelay } from './retry-delay.js';
import type { SaveStatus } from './save-status.js';
import type { AdapterStart, LaunchMode, OutboxItem, TrackedChange, TrackerStatus, TrackingAdapter } from './tracking-adapter.js';

/** What the course learns when the session opens. */
export interface TrackerStart {
  /** The learner is coming back to a suspended attempt (or to a state kept on this device). */
  resumed: boolean;
  /** Encoded learner state: the one this device still had to send, else the one the other side kept. */
  state?: string;
  /** Bookmark (lesson id), from the same source as `state`. */
  location?: string;
  learnerName?: string;
  learnerId?: string;
  mode: LaunchMode;
  masteryScore?: number;
  returnUrl?: string;
}

/** Options of `Tracker`; the defaults suit a browser. */
export interface TrackerOptions {
  /** Course id: device storage is namespaced by it. */
  courseId: string;
  /** Wait after a change before sending, so one answer's changes travel together. Default 600 ms. */
  flushDelayMs?: number;
  /** Timers; tests pass fakes. Default the window's. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Where tracking problems go. Default `console.warn`. */
  log?: (message: string) => void;
}

/** The learner-facing result of the attempt once the other side confirmed it. */
export interface ConfirmedResult {
  status: TrackerStatus;
  score?: number;
}

/**
 * The tracking core, the same for every standard: it turns the course's changes into outbox items
 * through the standard's adapter, keeps them on the device until the other side accepted them,
 * sends them soon after each change and again with backoff after a failure, and says at every
 * moment what is really saved (`saveStatus`). Nothing is reported in review or browse mode.
 */
export class Tracker {
  private outbox: Outbox | undefined;
  private unsentState: KeyValueStore | undefined;
  private opened: AdapterStart | undefined;
  private status: SaveStatus = 'saving';
  private inFlight: Promise<void> | undefined;
  private timer: unknown;
  private failures = 0;
  private closed = false;
  private lastResult: ConfirmedResult | undefined;
  private readonly statusListeners: ((status: SaveStatus) => void)[] = [];
  private readonly resultListeners: ((result: ConfirmedResult) => void)[] = [];
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly log: (message: string) => void;

  constructor(private readonly adapter: TrackingAdapter, private readonly device: KeyValueStore, private readonly options: TrackerOptions) {
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.log = options.log ?? ((message) => console.warn(message));
  }

  /** True when a learning system records this session (not device-only play, not review). */
  get recording(): boolean {
    return this.adapter.recording && this.opened?.mode === 'normal';
  }

  /** Changes are kept and sent: the session is open, and not in review or browse mode. */
  private get active(): boolean {
    return this.opened?.mode === 'normal' && !this.closed;
  }

  get stateBudget(): number {
    return this.adapter.stateBudget;
  }

  get saveStatus(): SaveStatus {
    return this.status;
  }

  /** True once the other side accepted the end of the session: nothing more can be sent. */
  get finished(): boolean {
    return this.closed;
  }

  onSaveStatus(listener: (status: SaveStatus) => void): void {
    this.statusListeners.push(listener);
  }

  /** Called when the other side accepted a new status (and the score that came with it). */
  onResultConfirmed(listener: (result: ConfirmedResult) => void): void {
    this.resultListeners.push(listener);
  }

  /** Opens the session; undefined when the other side refused it. */
  async start(): Promise<TrackerStart | undefined> {
    const opened = await this.adapter.open();
    if (!opened) return undefined;
    this.opened = opened;
    const attempt = attemptStore(this.device, this.options.courseId, opened.attemptKey);
    this.outbox = new Outbox(attempt);
    this.unsentState = attempt;
    // A state this device could not send last time (or kept while the session could not open,
    // `connectTracker`) is newer than what the other side kept.
    const unsent = unsentState(attempt);
    if (this.active) this.outbox.put(this.adapter.openingItems?.() ?? []);
    this.updateStatus();
    // What an earlier session left waits for a session that records (not review or browse).
    if (this.active && !this.outbox.empty) this.schedule(0);
    // What the other side kept may hold progress made elsewhere since: both are kept where the standard can merge them.
    const merged = unsent && opened.state && unsent.state !== opened.state ? await this.adapter.mergeStates?.(unsent.state, opened.state) : undefined;
    const state = merged ?? unsent?.state ?? opened.state;
    const location = unsent?.location ?? opened.location;
    return {
      resumed: opened.resumed || unsent !== undefined,
      mode: opened.mode,
      ...(state ? { state } : {}),
      ...(location ? { location } : {}),
      ...pick(opened, ['learnerName', 'learnerId', 'masteryScore', 'returnUrl']),
    };
  }

  /** Keeps the encoded learner state and bookmark; a state over `stateBudget` is never sent. */
  saveState(state: string, location: string): void {
    if (!this.active) return;
    if (this.unsentState) keepUnsentState(this.unsentState, { state, location });
    this.change({ kind: 'state', state, location });
  }

  /** The attempt's status, with the score 0–100 once the course is complete. */
  setResult(status: TrackerStatus, score?: number): void {
    this.lastResult = { status, ...(score !== undefined ? { score } : {}) };
    this.change({ kind: 'result', status, ...(score !== undefined ? { score } : {}) });
  }

  recordInteraction(record: InteractionRecord, lesson: { id: string; title: string }): void {
    this.change({ kind: 'interaction', record, lesson });
  }

  visitLesson(lesson: { id: string; title: string }): void {
    this.change({ kind: 'lesson', lesson });
  }

  /** Sends what is pending now; true when nothing is left unconfirmed. */
  async flush(): Promise<boolean> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (this.outbox && !this.outbox.empty && !this.closed) {
      this.inFlight = this.sendPending();
      await this.inFlight;
      this.inFlight = undefined;
    }
    return this.outbox?.empty ?? true;
  }

  /**
   * Ends the session: sends what is pending, then closes. True only when the other side accepted
   * everything and the end; otherwise nothing is lost (it stays on the device) and a later call
   * tries again.
   */
  async finish(): Promise<boolean> {
    if (this.closed) return true;
    if (!this.opened) return false;
    if (this.opened.mode !== 'normal') {
      this.closed = true;
      await this.adapter.close({ leaving: false }, []);
      return true;
    }
    const sent = await this.flush();
    if (!sent) return false;
    this.closed = await this.adapter.close({ leaving: false }, this.outbox?.pending ?? []);
    if (!this.closed) this.retryLater();
    this.updateStatus();
    return this.closed;
  }

  /**
   * The page is going away (pagehide): hand everything pending and the end to the adapter at
   * once, in requests that survive the page. Nothing is taken as confirmed: it all stays on the
   * device and the next session sends it again (statement ids and interaction indexes make that
   * resend harmless).
   */
  leave(): void {
    if (this.closed || !this.opened) return;
    this.cancelTimer();
    this.closed = true;
    const pending = this.opened.mode === 'normal' ? [...(this.outbox?.pending ?? [])] : [];
    void this.adapter.close({ leaving: true }, pending);
    // Adapters update payloads (an interaction's index) before their first await: keep that.
    this.outbox?.persist();
  }

  private change(change: TrackedChange): void {
    if (!this.active || !this.outbox) return;
    // Stamped with the kind of change, so the core knows when a result was confirmed.
    this.outbox.put(this.adapter.itemsFor(change).map((item) => ({ ...item, change: change.kind, ...(change.kind === 'state' ? { state: change.state } : {}) })));
    this.updateStatus();
    if (this.timer === undefined && this.failures === 0) this.schedule(this.options.flushDelayMs ?? 600);
  }

  private async sendPending(): Promise<void> {
    const outbox = this.outbox;
    if (!outbox) return;
    const items = [...outbox.pending];
    this.setStatus('saving');
    const accepted = await this.adapter.send(items, { leaving: false });
    // The adapter may have updated payloads (an interaction's index): keep them for the resend.
    outbox.persist();
    this.accept(accepted, items);
    if (outbox.empty) {
      this.failures = 0;
    } else if (accepted.size < items.length) {
      this.failures++;
      this.log(`coursewright: ${outbox.pending.length} change(s) not confirmed by the learning system yet; trying again.`);
      this.retryLater();
    } else {
      this.schedule(0); // more arrived while sending
    }
    this.updateStatus();
  }

  private accept(accepted: ReadonlySet<string>, sent: readonly OutboxItem[]): void {
    if (!this.outbox || accepted.size === 0) return;
    const isResult = (item: OutboxItem): boolean => item.change === 'result';
    // A result refused for good leaves the outbox, but it was not recorded: nothing to confirm.
    const hadResult = sent.some((item) => isResult(item) && accepted.has(item.key) && !this.adapter.refused?.has(item.key));
    this.outbox.remove(accepted, sent);
    const resultAccepted = hadResult && !this.outbox.pending.some(isResult);
    // The state kept for the next session goes only when no newer one is waiting to be sent, and
    // when it is the one accepted: one an earlier session left in the outbox is older than one
    // kept since (by the play of a launch that could not open, `connectTracker`).
    const state = sent.find((item) => item.key === 'state')?.state;
    const kept = this.unsentState;
    if (kept && accepted.has('state') && !this.outbox.has('state') && (state === undefined || state === unsentState(kept)?.state)) kept.remove('unsent-state');
    const result = this.lastResult;
    if (resultAccepted && result) for (const listener of this.resultListeners) listener(result);
  }

  private retryLater(): void {
    this.schedule(nextRetryDelay(this.failures));
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  private updateStatus(): void {
    if (!this.opened) return;
    if (!this.adapter.recording) return this.setStatus('device');
    if (this.opened.mode !== 'normal') return this.setStatus('review');
    if (this.outbox && !this.outbox.empty) return this.setStatus(this.failures === 0 ? 'saving' : this.notSaved());
    this.setStatus(this.adapter.refused?.size ? 'partial' : 'saved');
  }

  /** What a send that failed leaves: not saved, and whether because the other side refuses the session. */
  private notSaved(): SaveStatus {
    return this.adapter.sessionRefused ? 'expired' : 'unsaved';
  }

  private setStatus(status: SaveStatus): void {
    if (status === this.status) return;
    // While a retry is due, a new attempt does not make the progress any safer: stay "unsaved".
    if (status === 'saving' && this.failures > 0) status = this.notSaved();
    if (status === this.status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }
}

/**
 * The device storage of one learner's attempt at a course (`AdapterStart.attemptKey`): its outbox,
 * and the learner state not yet sent.
 */
export function attemptStore(device: KeyValueStore, courseId: string, attemptKey: string): KeyValueStore {
  return prefixedStore(device, `cw:${courseId}:${attemptKey}:`);
}

/** The learner state and bookmark an attempt's next session sends (`attempt` from `attemptStore`). */
export function keepUnsentState(attempt: KeyValueStore, saved: { state: string; location: string }): void {
  attempt.set('unsent-state', JSON.stringify(saved));
}

/** The learner state and bookmark this device has not sent for an attempt (`attemptStore`). */
export function unsentState(attempt: KeyValueStore): { state: string; location: string } | undefined {
  const text = attempt.get('unsent-state');
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { state?: unknown; location?: unknown };
    return typeof value.state === 'string' && typeof value.location === 'string' ? { state: value.state, location: value.location } : undefined;
  } catch {
    return undefined;
  }
}

function pick<K extends keyof AdapterStart>(start: AdapterStart, keys: K[]): Partial<Pick<AdapterStart, K>> {
  const picked: Partial<Pick<AdapterStart, K>> = {};
  for (const key of keys) if (start[key] !== undefined && start[key] !== '') picked[key] = start[key];
  return picked;
}
