import type { RecordedResults } from './course-drafts.js';

/** The id of coursewright's own State API document (never cmi5's `LMS.LaunchData`). */
export const savedDocumentId = 'coursewright-state';

/**
 * coursewright's State API document for one learner and registration: the encoded learner state,
 * the bookmark, and which result statements the LRS already holds, so that a later session never
 * sends a second `completed` or `passed`, nor `failed` after `passed`.
 */
export interface SavedDocument {
  state?: string;
  location?: string;
  results: RecordedResults;
}

/** Reads the document as stored; anything unexpected counts as absent. */
export function readSavedDocument(value: unknown): SavedDocument {
  const doc = isObject(value) ? value : {};
  const results = isObject(doc.results) ? doc.results : {};
  return {
    ...(typeof doc.state === 'string' ? { state: doc.state } : {}),
    ...(typeof doc.location === 'string' ? { location: doc.location } : {}),
    results: {
      ...(results.completed === true ? { completed: true } : {}),
      ...(results.passed === true ? { passed: true } : {}),
      ...(results.failed === true ? { failed: true } : {}),
    },
  };
}

/** Both sets of results together: what another tab or device recorded is never forgotten. */
export function mergeResults(a: RecordedResults, b: RecordedResults): RecordedResults {
  return {
    ...(a.completed || b.completed ? { completed: true } : {}),
    ...(a.passed || b.passed ? { passed: true } : {}),
    ...(a.failed || b.failed ? { failed: true } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
