import type { KeyValueStore } from '../storage/key-value-store.js';
import { keepCarried } from './outbox.js';
import type { AdapterStart, LaunchedAttempt, OutboxItem, SendOptions, TrackedChange, TrackingAdapter } from './tracking-adapter.js';
import { keepUnsentState, unsentState } from './tracker.js';
import { stateBudgets } from '../../model/state-budgets.js';

/** Device storage holds far more than suspend_data; this keeps a runaway state in check. */
const deviceStateBudget = stateBudgets.web;

/**
 * Play with no learning system (a web build, a preview, a package opened outside an LMS, or one
 * whose session could not open): nothing is reported now, but the learner state is kept in device
 * storage so the course still resumes on this device (and, for a launched attempt, what its next
 * session is to send).
 */
export class DeviceAdapter implements TrackingAdapter {
  readonly recording = false;

  /**
   * `store` should already be namespaced by course. For the play of a launched attempt whose
   * session could not open (`connectTracker`), `attempt` names it and `store` is that attempt's
   * (`attemptStore`): the play starts from the state the attempt's next session is to send, and
   * keeps its own there, for that session to send, within `stateBudget`, its standard's, with what
   * `carry` (the standard's `TrackingAdapter.carriedItems`) makes of the learner's other changes.
   */
  constructor(
    private readonly store: KeyValueStore,
    private readonly attempt?: LaunchedAttempt,
    readonly stateBudget = deviceStateBudget,
    private readonly carry?: (change: TrackedChange) => OutboxItem[],
  ) {}

  async open(): Promise<AdapterStart> {
    const { attempt, store } = this;
    const { state, location } = (attempt ? unsentState(store) : { state: store.get('state'), location: store.get('location') }) ?? {};
    return {
      attemptKey: 'device',
      ...attempt,
      mode: 'normal',
      resumed: !!state,
      ...(state ? { state } : {}),
      ...(location ? { location } : {}),
    };
  }

  itemsFor(change: TrackedChange): OutboxItem[] {
    if (change.kind !== 'state') return this.carry?.(change) ?? [];
    if (change.state.length > this.stateBudget) return [];
    return [{ key: 'state', payload: { state: change.state, location: change.location } }];
  }

  async send(items: readonly OutboxItem[]): Promise<Set<string>> {
    for (const item of items) {
      const saved = item.payload as { state: string; location: string };
      if (item.key !== 'state') keepCarried(this.store, [item]);
      else if (this.attempt) keepUnsentState(this.store, saved);
      else {
        this.store.set('state', saved.state);
        this.store.set('location', saved.location);
      }
    }
    return new Set(items.map((item) => item.key));
  }

  async close(_options: SendOptions, pending: readonly OutboxItem[]): Promise<boolean> {
    await this.send(pending);
    return true;
  }
}
