import type { PageData } from '../../../model/runtime-data.js';
import type { LrsWindow } from '../xapi/create-xapi-adapter.js';
import { languageTag } from '../xapi/draft-context.js';
import { LrsAdapter, type LrsAdapterOptions } from '../xapi/lrs-adapter.js';
import { isTransient, LrsClient, type FetchLike } from '../xapi/lrs-client.js';
import { agentKey, launchedAttempt, type LrsSession } from '../xapi/lrs-session.js';
import { LrsStateDocument } from '../xapi/lrs-state-document.js';
import { parseJson } from '../parse-json.js';
import { stampStatement } from '../xapi/stamp-statement.js';
import type { StatementDraft, XapiAgent } from '../xapi/xapi-statement.js';
import { cmi5Iris, launchDataStateId, learnerPreferencesProfileId } from './cmi5-iris.js';
import { Cmi5SessionStore, type SessionStorageLike } from './cmi5-session-store.js';
import { fetchAuthToken } from './fetch-auth-token.js';
import { parseCmi5Launch } from './parse-cmi5-launch.js';
import { readLaunchData, type Cmi5LaunchData } from './read-launch-data.js';

/** The window of a cmi5 AU: an LRS window with `sessionStorage` (its access may throw). */
export interface Cmi5Window extends LrsWindow {
  readonly sessionStorage?: SessionStorageLike;
}

/**
 * The cmi5 adapter (standards §4b, §4c): fetches the session's token once (kept with the "already
 * sent" flags in sessionStorage), reads LMS.LaunchData and the learner preferences before the
 * first statement, then tracks through the shared LRS adapter. Every statement carries the whole
 * contextTemplate; the five defined ones carry the cmi5 category, the launch activity as object,
 * and moveon and masteryscore where they apply. Browse and Review send only initialized and
 * terminated (the core asks for nothing else outside normal mode).
 */
export function createCmi5Adapter(win: Cmi5Window, data: PageData, options: LrsAdapterOptions): LrsAdapter {
  const log = options.log ?? ((message: string) => console.warn(message));
  const fetcher: FetchLike = (url, init) => win.fetch(url, init);
  const launch = parseCmi5Launch(win.location.search);
  const launched = launch && launchedAttempt(launch.actor, `cmi5:${agentKey(launch.actor)}:${launch.registration}`);
  const open = async (): Promise<LrsSession | 'ended' | 'unreachable' | undefined> => {
    if (!launch || !launched) return undefined;
    const { actor, registration, activityId } = launch;
    const store = new Cmi5SessionStore(sessionStorageOf(win), registration, launch.fetchUrl);
    if (store.has('terminated')) return 'ended';
    if (store.token === undefined) {
      // Kept before the request goes: the URL works once, and a reload meanwhile or after a
      // failure must not use it again (the course then plays on the device, `connectTracker`).
      store.token = '';
      const fetched = await fetchAuthToken(fetcher, launch.fetchUrl, log);
      store.refused = fetched.refused;
      store.token = fetched.token ?? '';
    }
    if (!store.token) return store.refused ? undefined : 'unreachable';
    const client = new LrsClient(fetcher, { endpoint: launch.endpoint, authorization: `Basic ${store.token}` }, log);
    const launchData = await readLaunchData(new LrsStateDocument(client, { activityId, agent: actor, registration, stateId: launchDataStateId }));
    if (!launchData) return isTransient(client.lastStatus) ? 'unreachable' : undefined;
    const languagePreference = await readLearnerPreferences(client, actor);
    const mastery = launchData.masteryScore;
    return {
      client,
      actor,
      registration,
      activityId,
      mode: launchData.mode,
      attemptKey: launched.attemptKey,
      log: store,
      rules: { scoreOnCompleted: false, oneOutcomePerSession: true, ...(mastery !== undefined ? { masteryScore: mastery } : {}) },
      stamp: (draft) => stampStatement(draft, { actor, registration, language: languageTag(data.course.language), revision: data.course.version, template: launchData.contextTemplate, ...definedExtras(draft, launchData) }),
      ...(languagePreference ? { languagePreference } : {}),
      start: {
        ...(mastery !== undefined ? { masteryScore: Math.round(mastery * 10000) / 100 } : {}),
        ...(launchData.returnUrl ? { returnUrl: launchData.returnUrl } : {}),
      },
    };
  };
  return new LrsAdapter(data, win.crypto, open, { ...options, log }, launched);
}

/** The cmi5 category on defined statements, moveon with success or completion, the mastery score on passed/failed. */
function definedExtras(draft: StatementDraft, launchData: Cmi5LaunchData): { categories?: { id: string }[]; extensions?: Record<string, unknown> } {
  if (!draft.defined) return {};
  const moveOn = draft.result?.success !== undefined || draft.result?.completion !== undefined;
  const categories = [{ id: cmi5Iris.definedCategory }, ...(moveOn ? [{ id: cmi5Iris.moveOnCategory }] : [])];
  const judged = draft.defined === 'passed' || draft.defined === 'failed';
  const mastery = launchData.masteryScore;
  return { categories, ...(judged && mastery !== undefined ? { extensions: { [cmi5Iris.masteryScoreExtension]: mastery } } : {}) };
}

/**
 * GETs the learner's preferences before the first statement, as cmi5 requires (11.0.0.0-3, the
 * LMS may refuse statements until then), for their `languagePreference`; a 404 (none kept) or a
 * failure does not stop the course.
 */
async function readLearnerPreferences(client: LrsClient, actor: XapiAgent): Promise<string | undefined> {
  const reply = await client.request({ method: 'GET', resource: 'agents/profile', query: { agent: JSON.stringify(actor), profileId: learnerPreferencesProfileId }, patient: true });
  const preferences = reply.status === 200 ? parseJson(reply.text) : undefined;
  const language = typeof preferences === 'object' && preferences !== null ? (preferences as { languagePreference?: unknown }).languagePreference : undefined;
  return typeof language === 'string' && language !== '' ? language : undefined;
}

/** `sessionStorage`, or undefined where reading the property throws (sandboxed frames). */
function sessionStorageOf(win: Cmi5Window): SessionStorageLike | undefined {
  try {
    return win.sessionStorage;
  } catch {
    return undefined;
  }
}
