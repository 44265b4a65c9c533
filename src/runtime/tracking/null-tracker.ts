import type { KeyValueStore } from '../storage/key-value-store.js';
import type { Tracker, TrackerStart } from './tracker.js';

/** Device storage holds far more than suspend_data; this keeps a runaway state in check. */
const deviceStateBudget = 65536;

/**
 * Untracked play: no LMS was found (a preview, or the package opened outside an LMS). Nothing is
 * reported, but the learner state is kept in device storage so a standalone preview still resumes.
 */
export class NullTracker implements Tracker {
  readonly recording = false;
  readonly stateBudget = deviceStateBudget;
  private ended = false;

  /** `store` should already be namespaced by course and learner. */
  constructor(private readonly store: KeyValueStore) {}

  get finished(): boolean {
    return this.ended;
  }

  start(): TrackerStart {
    const state = this.store.get('state') ?? '';
    const location = this.store.get('location') ?? '';
    return {
      resumed: state !== '',
      ...(state ? { state } : {}),
      ...(location ? { location } : {}),
    };
  }

  saveState(state: string, location: string): void {
    if (this.ended) return;
    if (state.length <= this.stateBudget) this.store.set('state', state);
    this.store.set('location', location);
  }

  setScore(): void {}
  setStatus(): void {}
  recordInteraction(): void {}
  commit(): void {}

  finish(): void {
    this.ended = true;
  }
}
