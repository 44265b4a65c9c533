import { activityId } from '../../../model/activity-ids.js';
import type { PageData } from '../../../model/runtime-data.js';
import type { DigestSource } from './content-etag.js';
import { languageTag } from './draft-context.js';
import { LrsAdapter, type LrsAdapterOptions } from './lrs-adapter.js';
import { LrsClient, type FetchLike } from './lrs-client.js';
import { agentKey, launchedAttempt, memorySessionLog, type LrsSession } from './lrs-session.js';
import { parseXapiLaunch } from './parse-xapi-launch.js';
import { stampStatement } from './stamp-statement.js';
import type { RandomSource } from './uuid-v4.js';

/** What the LRS adapters use of the window; a test passes a plain object with Node's. */
export interface LrsWindow {
  location: { search: string };
  fetch: FetchLike;
  /** Random ids; and the digest that computes a document's ETag, where the page has one (`contentEtag`). */
  crypto: RandomSource & DigestSource;
}

/** Options of the xAPI adapter. */
export interface XapiAdapterOptions extends LrsAdapterOptions {
  /**
   * xAPI version spoken: `1.0.3` (default; 2.0 LRSs accept it) or `2.0.0`, which changes only the
   * version header and the statements' `version` (standards 3.22).
   */
  xapiVersion?: '1.0.3' | '2.0.0';
}

/**
 * The xAPI (Tin Can launch) adapter: the LRS, credential, learner and registration come from the
 * launch link (standards §3c); `open` resolves undefined without an endpoint or actor, and the
 * course plays untracked. Course-level statements and the state document use the launch's
 * `activity_id`, else the course IRI. Plain xAPI has no launch mode: always normal.
 */
export function createXapiAdapter(win: LrsWindow, data: PageData, options: XapiAdapterOptions): LrsAdapter {
  const log = options.log ?? ((message: string) => console.warn(message));
  const launch = parseXapiLaunch(win.location.search);
  const courseActivity = launch?.activityId ?? activityId(data.course.iri, 'course');
  const launched = launch && launchedAttempt(launch.actor, `xapi:${agentKey(launch.actor)}:${launch.registration ?? courseActivity}`);
  const open = async (): Promise<LrsSession | undefined> => {
    if (!launch || !launched) return undefined;
    const { actor, registration } = launch;
    const version = options.xapiVersion ?? '1.0.3';
    // 1.0.3 statements leave `version` to the LRS (recommended, standards 3.9).
    const stamp = { actor, ...(registration ? { registration } : {}), language: languageTag(data.course.language), revision: data.course.version, ...(version === '2.0.0' ? { version } : {}) };
    return {
      client: new LrsClient((url, init) => win.fetch(url, init), { endpoint: launch.endpoint, authorization: launch.auth, version, extended: launch.extended }, log),
      actor,
      ...(registration ? { registration } : {}),
      activityId: courseActivity,
      mode: 'normal',
      attemptKey: launched.attemptKey,
      log: memorySessionLog(),
      rules: { scoreOnCompleted: true, oneOutcomePerSession: false },
      stamp: (draft) => stampStatement(draft, stamp),
    };
  };
  return new LrsAdapter(data, win.crypto, open, { ...options, log }, launched);
}
