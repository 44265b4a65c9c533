// The cmi5 rules an AU must keep (cmi5 Quartz §7–§11, as the CATAPULT player's LRS proxy enforces them; standards
// checklist §4b–§4c), checked on what a test LRS stored and received. Written for coursewright's tests; the rule ids
// are those of @cmi5/requirements, so a failure names the requirement it breaks.
import { isDeepStrictEqual } from 'node:util';
import type { LoggedRequest } from './lrs.js';

/** One launch of the AU, as the LMS made it (see `TestLrs.cmi5Launch`). */
export interface Cmi5RuleLaunch {
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
  /** The contextTemplate of LMS.LaunchData; its session id extension names the session. */
  contextTemplate: Record<string, unknown>;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  /** 0..1, when LMS.LaunchData had one. */
  masteryScore?: number;
  /** The launch's one-time fetch URL, to check how it was used when requests are given. */
  fetchUrl?: string;
}

type Statement = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const adl = 'http://adlnet.gov/expapi/verbs/';
const definedVerbs = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map((verb) => adl + verb);
const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const moveOnCategory = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const sessionIdExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const masteryExtension = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The cmi5 requirements the stored `statements` (oldest first) and, when given, the `requests` the LRS got break,
 * one line each, e.g. `9.3.0.0-4 first statement is not initialized (session s1: …/answered)`; empty when none.
 * Several launches are several sessions of one registration, told apart by their session id.
 */
export function cmi5Violations(launches: Cmi5RuleLaunch | readonly Cmi5RuleLaunch[], statements: readonly Statement[], requests?: readonly LoggedRequest[]): string[] {
  const all = Array.isArray(launches) ? launches : [launches as Cmi5RuleLaunch];
  const problems: string[] = [];
  const sessions = new Map(all.map((launch) => [sessionOf(launch.contextTemplate), { launch, verbs: [] as string[], ended: false }]));
  const registrationVerbs: string[] = [];
  for (const st of statements) {
    const verb = String(st.verb?.id ?? '');
    const name = `${String(st.id)} ${verb.split('/').pop()}`;
    const say = (id: string, text: string) => problems.push(`${id} ${text} (${name})`);
    const sessionId = st.context?.extensions?.[sessionIdExtension];
    const session = sessions.get(String(sessionId));
    if (!session) {
      say('9.6.3.1-4', sessionId === undefined ? 'no session id extension' : 'session id is not one the LMS gave');
      continue;
    }
    const { launch } = session;
    if (typeof st.id !== 'string' || !uuid.test(st.id)) say('9.1.0.0-1', 'id is not a UUID');
    if (typeof st.timestamp !== 'string') say('9.7.0.0-1', 'no timestamp');
    else if (!/(Z|\+00:?(00)?)$/.test(st.timestamp)) say('9.7.0.0-2', 'timestamp is not in UTC');
    if (!isDeepStrictEqual(st.actor, launch.actor)) say('8.1.3.0-3', 'actor differs from the launch actor');
    if (st.context?.registration !== launch.registration) say('9.6.1.0-1', 'registration differs from the launch registration');
    problems.push(...templateProblems(st.context ?? {}, launch.contextTemplate).map((text) => `10.2.1.0-6 ${text} (${name})`));
    if (session.ended) say('9.3.0.0-5', 'statement after terminated');
    if (session.verbs.length === 0 && verb !== adl + 'initialized') say('9.3.0.0-4', 'first statement is not initialized');
    const categories: string[] = (st.context?.contextActivities?.category ?? []).map((activity: { id: string }) => activity.id);
    const defined = categories.includes(cmi5Category);
    if (!defined) {
      if (definedVerbs.includes(verb)) say('9.6.2.1-1', 'a cmi5 defined verb without the cmi5 category');
      if (categories.includes(moveOnCategory)) say('9.6.2.2-2', 'moveon category on a statement that is not cmi5 defined');
      session.verbs.push(verb);
      continue;
    }
    problems.push(...definedProblems(st, launch).map((text) => `${text} (${name})`));
    if (session.verbs.includes(verb)) say('9.3.0.0-2', 'cmi5 defined verb repeated in the session');
    if ((verb === adl + 'passed' && session.verbs.includes(adl + 'failed')) || (verb === adl + 'failed' && session.verbs.includes(adl + 'passed'))) say('9.3.0.0-3', 'both passed and failed in one session');
    if (verb === adl + 'completed' && registrationVerbs.includes(verb)) say('9.3.0.0-6', 'second completed in the registration');
    if (verb === adl + 'passed' && registrationVerbs.includes(verb)) say('9.3.0.0-7', 'second passed in the registration');
    if (verb === adl + 'failed' && registrationVerbs.includes(adl + 'passed')) say('9.3.0.0-8', 'failed after passed in the registration');
    session.verbs.push(verb);
    registrationVerbs.push(verb);
    if (verb === adl + 'terminated') session.ended = true;
  }
  return [...problems, ...(requests ? requestProblems(all, requests) : [])];
}

/** The rules on one cmi5 defined statement (§9.2–§9.6), each as `<requirement> <what is wrong>`. */
function definedProblems(st: Statement, launch: Cmi5RuleLaunch): string[] {
  const problems: string[] = [];
  const verb = String(st.verb.id).slice(adl.length);
  const result = st.result ?? {};
  const categories: string[] = st.context.contextActivities.category.map((activity: { id: string }) => activity.id);
  const check = (ok: boolean, text: string) => ok || problems.push(text);
  check(definedVerbs.includes(st.verb.id), '9.3.0.0-1 the verb is not one cmi5 defines');
  check(st.object?.id === launch.activityId, '8.1.5.0-6 object is not the launch activityId');
  check(st.actor?.objectType === undefined || st.actor.objectType === 'Agent', '9.2.0.0-2 actor is not an Agent');
  check(typeof st.actor?.account?.homePage === 'string' && typeof st.actor?.account?.name === 'string', '9.2.0.0-3 actor has no account');
  const mode = launch.launchMode ?? 'Normal';
  if (mode !== 'Normal') check(!['completed', 'passed', 'failed'].includes(verb), `${mode === 'Browse' ? '10.2.2.0-2' : '10.2.2.0-3'} ${verb} in ${mode} mode`);
  check(verb === 'completed' ? result.completion === true : result.completion === undefined, verb === 'completed' ? '9.5.3.0-1 completed without completion true' : '9.5.3.0-2 completion on a statement other than completed');
  if (verb === 'passed') check(result.success === true, '9.5.2.0-1 passed without success true');
  else if (verb === 'failed') check(result.success === false, '9.5.2.0-2 failed without success false');
  else check(result.success === undefined, '9.5.2.0-3 success on a statement other than passed or failed');
  if (verb !== 'initialized') check(typeof result.duration === 'string', `9.5.4.1-${{ terminated: 1, completed: 2, passed: 3, failed: 4 }[verb] ?? 1} ${verb} without duration`);
  const judged = result.success !== undefined || result.completion !== undefined;
  check(judged === categories.includes(moveOnCategory), judged ? '9.6.2.2-1 no moveon category with success or completion' : '9.6.2.2-2 moveon category without success or completion');
  const score = result.score;
  if (score !== undefined) {
    check(verb === 'passed' || verb === 'failed', '9.5.1.0-2 score on a statement other than passed or failed');
    check(score.raw === undefined || (score.min !== undefined && score.max !== undefined), '9.5.1.0-3 raw score without min and max');
    if (launch.masteryScore !== undefined && (verb === 'passed' || verb === 'failed')) {
      check(st.context.extensions?.[masteryExtension] === launch.masteryScore, '9.6.3.2-2 masteryscore extension missing or not the launch value');
      if (typeof score.scaled === 'number') check(verb === 'passed' ? score.scaled >= launch.masteryScore : score.scaled < launch.masteryScore, verb === 'passed' ? '9.3.4.0-2 passed below the mastery score' : '9.3.5.0-2 failed at or above the mastery score');
    }
  }
  return problems;
}

/** How `context` falls short of `template`: its context activities by index, everything else deep-equal. */
function templateProblems(context: Statement, template: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(template)) {
    if (key !== 'contextActivities' && key !== 'extensions') {
      if (!isDeepStrictEqual(context[key], value)) problems.push(`context.${key} differs from the contextTemplate`);
      continue;
    }
    for (const [inner, expected] of Object.entries(value as Record<string, unknown>)) {
      const actual = context[key]?.[inner];
      const same = key === 'extensions' ? isDeepStrictEqual(actual, expected) : (expected as { id: string }[]).every((activity, i) => actual?.[i]?.id === activity.id);
      if (!same) problems.push(`context.${key}.${inner} differs from the contextTemplate`);
    }
  }
  return problems;
}

/** Rules on the requests: the fetch URL POSTed once, LMS.LaunchData never written, preferences read before statements. */
function requestProblems(launches: readonly Cmi5RuleLaunch[], requests: readonly LoggedRequest[]): string[] {
  const problems: string[] = [];
  const fetchPaths = new Set(launches.flatMap((launch) => (launch.fetchUrl ? [new URL(launch.fetchUrl).pathname] : [])));
  const fetches = new Map<string, number>();
  let preferencesRead = false;
  for (const request of requests.filter((r) => !r.preflight)) {
    const what = `${request.method} ${request.path}`;
    if (fetchPaths.has(request.path)) {
      if (request.method !== 'POST') problems.push(`8.2.1.0-2 the fetch URL was not POSTed to (${what})`);
      else fetches.set(request.path, (fetches.get(request.path) ?? 0) + 1);
      preferencesRead = false; // a new session
    }
    if (request.path.endsWith('/activities/state') && request.query.stateId === 'LMS.LaunchData' && request.method !== 'GET') problems.push(`10.2.1.0-5 LMS.LaunchData written (${what})`);
    if (request.path.endsWith('/agents/profile') && request.method === 'GET' && request.query.profileId === 'cmi5LearnerPreferences') preferencesRead = true;
    if (request.path.endsWith('/statements') && (request.method === 'POST' || request.method === 'PUT') && !preferencesRead) problems.push(`11.0.0.0-3 statements sent before the learner preferences were read (${what})`);
  }
  for (const [path, count] of fetches) if (count > 1) problems.push(`8.2.3.0-1 the one-time fetch URL was used ${count} times (${path})`);
  return problems;
}

function sessionOf(template: Record<string, unknown>): string {
  return String((template.extensions as Record<string, unknown> | undefined)?.[sessionIdExtension]);
}
