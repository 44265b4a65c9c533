import type { KeyValueStore } from '../storage/key-value-store.js';
import type { AdapterStart, OutboxItem, SendOptions, TrackedChange, TrackingAdapter } from './tracking-adapter.js';
import { stateBudgets } from '../../model/state-budgets.js';

/** Device storage holds far more than suspend_data; this keeps a runaway state in check. */
const deviceStateBudget = stateBudgets.web;

/**
 * Play with no learning system (a web build, a preview, a package opened outside an LMS): nothing
 * is reported, but the learner state is kept in device storage so the course still resumes on
 * this device.
 */
export class DeviceAdapter implements TrackingAdapter {
  readonly recording = false;
  readonly stateBudget = deviceStateBudget;

  /** `store` should already be namespaced by course. */
  constructor(private readonly store: KeyValueStore) {}

  async open(): Promise<AdapterStart> {
    const state = this.store.get('state') ?? '';
    const location = this.store.get('location') ?? '';
    return {
      attemptKey: 'device',
      mode: 'normal',
      resumed: state !== '',
      ...(state ? { state } : {}),
      ...(location ? { location } : {}),
    };
  }

  itemsFor(change: TrackedChange): OutboxItem[] {
    if (change.kind !== 'state' || change.state.length > this.stateBudget) return [];
    return [{ key: 'state', payload: { state: change.state, location: change.location } }];
  }

  async send(items: readonly OutboxItem[]): Promise<Set<string>> {
    for (const item of items) {
      const { state, location } = item.payload as { state: string; location: string };
      this.store.set('state', state);
      this.store.set('location', location);
    }
    return new Set(items.map((item) => item.key));
  }

  async close(_options: SendOptions, pending: readonly OutboxItem[]): Promise<boolean> {
    await this.send(pending);
    return true;
  }
}
