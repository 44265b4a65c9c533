import type { AdapterStart, LaunchedAttempt, LaunchMode } from '../tracking-adapter.js';
import type { ResultRules } from './course-drafts.js';
import type { LrsClient } from './lrs-client.js';
import type { DefinedVerb, StatementDraft, XapiAgent, XapiStatement } from './xapi-statement.js';

/**
 * What one session has sent of the statements cmi5 defines, and the draft of its `initialized`.
 * xAPI keeps it in memory; cmi5 in `sessionStorage`, so a reload of the page neither sends a
 * second `initialized` nor a second `completed` (cmi5 best practice 17).
 */
export interface SessionLog {
  has(verb: DefinedVerb): boolean;
  add(verb: DefinedVerb): void;
  /** This session's `initialized`: made by `make` on the first call, the same draft after. */
  opening(make: () => StatementDraft): StatementDraft;
  /** When the session started (ms), fixed at the first call, for the session's duration. */
  startedAt(now: number): number;
}

/**
 * A session with an LRS as a standard's launch opened it: the shared adapter (`LrsAdapter`) does
 * the rest the same way for xAPI and cmi5.
 */
export interface LrsSession {
  client: LrsClient;
  /** The launch actor, unchanged. */
  actor: XapiAgent;
  registration?: string;
  /** The launch activity: object of course-level statements and home of the state document. */
  activityId: string;
  mode: LaunchMode;
  /** Names the learner and attempt for the device outbox; holds no credential. */
  attemptKey: string;
  log: SessionLog;
  rules: ResultRules & {
    /** cmi5: not both `passed` and `failed` in one session (9.3.0.0-3). */
    oneOutcomePerSession: boolean;
  };
  /** The statement as sent: actor, registration and the standard's context added to a draft. */
  stamp(draft: StatementDraft): XapiStatement;
  /** cmi5: the learner's preferred languages (RFC 5646, comma-separated), from their profile. */
  languagePreference?: string;
  /** What the launch adds to the start (cmi5 masteryScore 0–100, returnURL). */
  start?: Pick<AdapterStart, 'masteryScore' | 'returnUrl'>;
}

/** A session log that lasts as long as the page (plain xAPI has no session to resume). */
export function memorySessionLog(): SessionLog {
  const sent = new Set<DefinedVerb>();
  let opening: StatementDraft | undefined;
  let started: number | undefined;
  return {
    has: (verb) => sent.has(verb),
    add: (verb) => void sent.add(verb),
    opening: (make) => (opening ??= make()),
    startedAt: (now) => (started ??= now),
  };
}

/** The part of an agent that identifies it, for outbox keys: never a credential. */
export function agentKey(agent: XapiAgent): string {
  return agent.account ? `${agent.account.homePage}|${agent.account.name}` : (agent.mbox ?? agent.mbox_sha1sum ?? agent.openid ?? '');
}

/** The learner and attempt a launch names (`TrackingAdapter.launched`): its actor, and the attempt's key. */
export function launchedAttempt(actor: XapiAgent, attemptKey: string): LaunchedAttempt {
  const learnerId = actor.account?.name ?? actor.mbox?.replace(/^mailto:/, '');
  return { attemptKey, ...(learnerId ? { learnerId } : {}), ...(actor.name ? { learnerName: actor.name } : {}) };
}
