import { prefixedStore, type KeyValueStore } from '../storage/key-value-store.js';
import { findScormApi } from './find-scorm-api.js';
import { NullTracker } from './null-tracker.js';
import { Scorm12Tracker } from './scorm12-tracker.js';
import type { Tracker, TrackerStart } from './tracker.js';

/** A started tracker and why progress is not recorded, if it is not. */
export interface TrackerConnection {
  tracker: Tracker;
  start: TrackerStart;
  /** `no-lms`: no LMS API was found; `lms-refused`: the LMS did not start a session. */
  untracked?: 'no-lms' | 'lms-refused';
}

/**
 * Finds the LMS and starts tracking. Without an LMS, or when it refuses to start, the course
 * plays untracked and keeps its state in device storage (namespaced by course id), so a
 * standalone preview still resumes. The place to add SCORM 2004, xAPI and cmi5 discovery.
 */
export function connectTracker(win: Window, device: KeyValueStore, courseId: string): TrackerConnection {
  const api = findScormApi(win);
  if (api) {
    const tracker = new Scorm12Tracker(api);
    const start = tracker.start();
    if (start) return { tracker, start };
  }
  const tracker = new NullTracker(prefixedStore(device, `cw:${courseId}:untracked:`));
  return { tracker, start: tracker.start(), untracked: api ? 'lms-refused' : 'no-lms' };
}
