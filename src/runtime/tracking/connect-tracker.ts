import type { PageData } from '../../model/runtime-data.js';
import { memoryStore, prefixedStore, type KeyValueStore } from '../storage/key-value-store.js';
import { DeviceAdapter } from './device-adapter.js';
import { attemptStore, Tracker, type TrackerStart } from './tracker.js';
import type { TrackingAdapter } from './tracking-adapter.js';

/**
 * How a target finds its learning system: the adapter of the standard it was built for, or
 * undefined when the page was not launched by one (no LMS API, no launch parameters).
 */
export type FindAdapter = (win: Window, data: PageData) => TrackingAdapter | undefined;

/** A started tracker and why progress is not recorded, if it is not. */
export interface TrackerConnection {
  tracker: Tracker;
  start: TrackerStart;
  /**
   * `no-lms`: no learning system launched the page; `lms-refused`: it did not open a session;
   * `session-ended`: this launch's session already ended (the page was reloaded after its end).
   */
  untracked?: 'no-lms' | 'lms-refused' | 'session-ended';
  /** Untracked play kept for the launched attempt: its next session on this device records it. */
  carried?: boolean;
}

/**
 * Starts tracking with the target's adapter. Without a learning system, or when it refuses to
 * start, the course plays untracked and keeps its state in device storage (namespaced by course
 * id), so a standalone preview still resumes. When the launch names the learner and attempt
 * (`TrackingAdapter.launched`: xAPI, cmi5) and its session cannot open (an LRS out of reach), the
 * play starts from what this device kept for that attempt and is kept for it (`carried`), as the
 * state its next session sends: that learner's next launch of the attempt on this device carries
 * on from it and records it (`Tracker.start`); another learner on a shared device never sees it.
 */
export async function connectTracker(win: Window, device: KeyValueStore, data: PageData, findAdapter: FindAdapter): Promise<TrackerConnection> {
  const courseId = data.course.id;
  const adapter = findAdapter(win, data);
  if (adapter) {
    const tracker = new Tracker(adapter, device, { courseId });
    const start = await tracker.start();
    if (start) return { tracker, start };
  }
  const untracked = !adapter ? 'no-lms' : adapter.sessionEnded ? 'session-ended' : 'lms-refused';
  const launched = untracked === 'lms-refused' ? adapter?.launched : undefined;
  // The play of a launched attempt keeps its own outbox and unsent state in the page (the
  // attempt's, on the device, wait for its next session), and each change at once: what the device
  // keeps for the attempt is always the play's latest, never one a closed page left behind.
  const tracker = launched
    ? new Tracker(new DeviceAdapter(attemptStore(device, courseId, launched.attemptKey), launched, adapter?.stateBudget, (change) => adapter?.carriedItems?.(change) ?? []), memoryStore(), { courseId, flushDelayMs: 0 })
    : new Tracker(new DeviceAdapter(prefixedStore(device, `cw:${courseId}:untracked:`)), device, { courseId });
  const start = (await tracker.start()) ?? { resumed: false, mode: 'normal' };
  // Kept for the attempt only where the device keeps anything (a browser may refuse storage).
  return { tracker, start, untracked, carried: !!launched && !device.memoryOnly };
}
