import { parseJson } from '../runtime/tracking/parse-json.js';
import { readSavedDocument, savedDocumentId } from '../runtime/tracking/xapi/saved-document.js';
import type { PreviewBuild } from './build-preview-site.js';
import type { PreviewLrs, StateAddress } from './preview-lrs.js';

/** The learner's saved state as the player keeps it between launches, for the scenario inspector. */
export interface SavedLearnerState {
  /** The encoded learner state; '' before the course saved any. */
  readonly state: string;
  /** Keeps a changed state and bookmark where the player reads them at its next launch (for the LRS, under the post's `into` registration when it names one). */
  save(state: string, location: string): void;
}

// The page makes registrations with crypto.randomUUID.
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const maxAgentBytes = 2048;

/**
 * Where the learner of the package the page plays (its post's `target`, by default SCORM 1.2)
 * keeps their state. SCORM 1.2: in the page's LMS (scorm-again), which posts its suspend_data and
 * keeps what the inspector gives back. xAPI and cmi5: in the preview LRS, in the player's own State
 * API document for the learner and registration the page posts, read with the player's own
 * document reader and written back with the rest of it (the results the LRS holds) kept. The page
 * names its package, so a post sent just before a switch of package still reads its own learner.
 * Undefined when the post does not name the learner that way.
 */
export function savedLearnerState(build: PreviewBuild, lrs: PreviewLrs, body: Record<string, unknown>): SavedLearnerState | undefined {
  const { target = 'scorm12', registration, actor } = body;
  if (target === 'scorm12') {
    const suspendData = body.suspendData ?? '';
    return typeof suspendData === 'string' ? { state: suspendData, save: () => undefined } : undefined;
  }
  if ((target !== 'xapi' && target !== 'cmi5') || !build.stateActivities || typeof registration !== 'string' || !uuid.test(registration)) return undefined;
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor) || JSON.stringify(actor).length > maxAgentBytes) return undefined;
  const address: StateAddress = { activityId: build.stateActivities[target], agent: actor as Record<string, unknown>, registration, stateId: savedDocumentId };
  const stored = lrs.readState(address);
  const document = readSavedDocument(stored === undefined ? undefined : parseJson(stored));
  // A jump goes on as a new attempt (`into`, a new registration the page relaunches with): the
  // ended session's device copy of an unconfirmed save belongs to the old one, so it cannot
  // undo the jump when the course starts again.
  const { into } = body;
  if (into !== undefined && (typeof into !== 'string' || !uuid.test(into) || into === registration)) return undefined;
  return {
    state: document.state ?? '',
    save: (state, location) =>
      into === undefined
        ? lrs.writeState(address, JSON.stringify({ ...document, state, location }))
        : lrs.writeState({ ...address, registration: into }, JSON.stringify({ state, location, results: {} })),
  };
}
