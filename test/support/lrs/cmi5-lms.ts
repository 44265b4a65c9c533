// Stand-in: the LMS side of a cmi5 launch (cmi5 Quartz §8.1 launch URL, §8.2 fetch URL, §10 LMS.LaunchData,
// §11 learner preferences) is written here, because no cmi5 LMS installs from npm and the test only needs what an LMS
// does before and at launch. Not done: the "Launched" statement an LMS records (§9.3.1) and session tracking after it.
import { randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { agentKey } from './agent-key.js';
import { agentProfileScope } from './agent-profile-resource.js';
import type { DocumentStore } from './document-store.js';
import { respond } from './respond.js';
import { stateScope } from './state-resource.js';

/** What the LMS launches: the AU's activity for one learner and registration, with its launch data (cmi5 §10). */
export interface Cmi5LaunchOptions {
  /** The activity id the LMS gives the AU (`activityId` in the launch URL). */
  activityId: string;
  /** The learner, an Agent with an `account` as cmi5 §9.2 asks. */
  actor: Record<string, unknown>;
  /** Registration UUID. */
  registration: string;
  /** Default `'Normal'`. */
  launchMode?: 'Normal' | 'Browse' | 'Review';
  /** Scaled score 0..1 to pass; absent by default. */
  masteryScore?: number;
  /** Default `'NotApplicable'`, the course-structure default. */
  moveOn?: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  /** Where the AU sends the learner when it ends; absent by default. */
  returnURL?: string;
  /** Used as given; default: the session id extension and the publisher id in `contextActivities.grouping`. */
  contextTemplate?: Record<string, unknown>;
  /** From the course structure; absent by default. */
  launchParameters?: string;
  /** The AU's id in cmi5.xml, for the default contextTemplate's grouping; default `activityId`. */
  publisherId?: string;
  /** Written as the learner's `cmi5LearnerPreferences` agent profile when given. */
  learnerPreferences?: { languagePreference?: string; audioPreference?: 'on' | 'off' };
}

/** What the LMS appends to the AU's URL, and the session it started. */
export interface Cmi5Launch {
  /** `endpoint=…&fetch=…&actor=…&registration=…&activityId=…`, each value URL-encoded (cmi5 §8.1). */
  query: string;
  /** The session id in the contextTemplate (generated unless the given template carries one). */
  sessionId: string;
  /** The one-time URL the AU POSTs to for its auth token. */
  fetchUrl: string;
}

/** The LMS role: prepares launches and answers their fetch URLs. */
export interface Cmi5Lms {
  launch(options: Cmi5LaunchOptions): Cmi5Launch;
  /** Answers `/cmi5/fetch/<id>`: the token on the first POST, error code 1 after it (cmi5 §8.2). */
  answerFetch(id: string, method: string, response: ServerResponse): void;
}

const sessionIdExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** A {@link Cmi5Lms} whose fetch URLs hand out `authToken` (base64 of `key:secret`) for the LRS at `endpoint`. */
export function createCmi5Lms(settings: { origin: string; endpoint: string; authToken: string; store: DocumentStore }): Cmi5Lms {
  const fetchUsed = new Map<string, boolean>();
  return {
    launch(options) {
      const agent = agentKey(options.actor);
      if (agent === undefined) throw new Error('cmi5Launch: expected `actor` to be an Agent with exactly one identifier.');
      const templateSession = (options.contextTemplate?.extensions as Record<string, unknown> | undefined)?.[sessionIdExtension];
      const sessionId = typeof templateSession === 'string' ? templateSession : randomUUID();
      const contextTemplate = options.contextTemplate ?? {
        contextActivities: { grouping: [{ objectType: 'Activity', id: options.publisherId ?? options.activityId }] },
        extensions: { [sessionIdExtension]: sessionId },
      };
      const launchData = {
        contextTemplate,
        launchMode: options.launchMode ?? 'Normal',
        moveOn: options.moveOn ?? 'NotApplicable',
        ...(options.masteryScore !== undefined && { masteryScore: options.masteryScore }),
        ...(options.returnURL !== undefined && { returnURL: options.returnURL }),
        ...(options.launchParameters !== undefined && { launchParameters: options.launchParameters }),
      };
      const json = (value: unknown) => Buffer.from(JSON.stringify(value));
      settings.store.put(stateScope(options.activityId, agent, options.registration), 'LMS.LaunchData', json(launchData), 'application/json');
      if (options.learnerPreferences) {
        settings.store.put(agentProfileScope(agent), 'cmi5LearnerPreferences', json(options.learnerPreferences), 'application/json');
      }
      const fetchId = randomBytes(16).toString('hex');
      fetchUsed.set(fetchId, false);
      const fetchUrl = `${settings.origin}/cmi5/fetch/${fetchId}`;
      const params = {
        endpoint: settings.endpoint,
        fetch: fetchUrl,
        actor: JSON.stringify(options.actor),
        registration: options.registration,
        activityId: options.activityId,
      };
      const query = Object.entries(params).map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
      return { query, sessionId, fetchUrl };
    },
    answerFetch(id, method, response) {
      // cmi5 §8.2.1: POST only, so that nothing caches the token.
      if (method !== 'POST') return respond(response, 405, 'The fetch URL answers POST only.', { Allow: 'POST' });
      const used = fetchUsed.get(id);
      // §8.2.2: errors are answered with status 200 and an error-code.
      if (used === undefined) return respond(response, 200, { 'error-code': '2', 'error-text': 'Unknown fetch URL.' });
      if (used) return respond(response, 200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      fetchUsed.set(id, true);
      respond(response, 200, { 'auth-token': settings.authToken });
    },
  };
}
