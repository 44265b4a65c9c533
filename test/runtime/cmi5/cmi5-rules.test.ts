/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmi5Adapter } from '../../../src/runtime/tracking/cmi5/create-cmi5-adapter.js';
import { cmi5Violations, type Cmi5RuleLaunch } from '../../support/cmi5-rules.js';
import { startTestLrs, type LoggedRequest, type TestLrs } from '../../support/lrs.js';
import { courseData, records, speakUp } from '../xapi/course-data.js';
import { answersLoaded, lrsWindow } from '../xapi/lrs-window.js';

// The checker is only worth its silence on the adapter's statements if it speaks up on broken ones: each case
// breaks one rule in a copy of a real, conformant session and expects that rule's id.
type Statement = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'ann-1' } };
const activityId = 'https://lms.example.org/au/1';
const registration = randomUUID();
const sessionId = randomUUID();
const contextTemplate = {
  contextActivities: { parent: [{ id: 'https://lms.example.org/course' }], grouping: [{ id: 'https://courses.example.org/respect/au' }] },
  extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
};
const rules: Cmi5RuleLaunch = { actor, registration, activityId, contextTemplate, masteryScore: 0.8 };
let lrs: TestLrs;
let session: Statement[];
let requests: LoggedRequest[];
let fetchUrl: string;

beforeAll(async () => {
  lrs = await startTestLrs();
  const launch = lrs.cmi5Launch({ actor, registration, activityId, contextTemplate, masteryScore: 0.8 });
  fetchUrl = launch.fetchUrl;
  const adapter = createCmi5Adapter(lrsWindow(`?${launch.query}`), courseData, { log: () => {}, answers: answersLoaded });
  await adapter.open();
  await adapter.send([...adapter.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp }), ...adapter.itemsFor({ kind: 'result', status: 'passed', score: 90 })], { leaving: false });
  await adapter.close({ leaving: false }, []);
  session = await lrs.statements();
  requests = lrs.requests();
});
afterAll(() => lrs.close());

const named = (verb: string) => (statements: Statement[]) => statements.find((s) => s.verb.id.endsWith(`/${verb}`)) as Statement;
const copy = (): Statement[] => structuredClone(session);
const ids = (problems: string[]) => [...new Set(problems.map((problem) => problem.split(' ')[0] ?? ''))];

function broken(change: (statements: Statement[]) => Statement[] | void, launch: Cmi5RuleLaunch = rules): string[] {
  const statements = copy();
  return ids(cmi5Violations(launch, change(statements) ?? statements));
}

describe('cmi5Violations', () => {
  it('finds nothing wrong with the adapter’s session', () => {
    expect(session.map((s) => String(s.verb.id).split('/').pop())).toEqual(['initialized', 'answered', 'completed', 'passed', 'terminated']);
    expect(cmi5Violations({ ...rules, fetchUrl }, session, requests)).toEqual([]);
  });

  it('names the ordering rules: initialized first, nothing after terminated', () => {
    expect(broken((s) => s.slice(1))).toContain('9.3.0.0-4');
    expect(broken((s) => [...s, { ...named('answered')(s), id: randomUUID() }])).toEqual(['9.3.0.0-5']);
  });

  it('names the context rules: actor, registration, UTC, session id, the template in order', () => {
    expect(broken((s) => void (named('answered')(s).actor = { ...actor, name: 'Ann' }))).toEqual(['8.1.3.0-3']);
    expect(broken((s) => void (named('answered')(s).context.registration = randomUUID()))).toEqual(['9.6.1.0-1']);
    expect(broken((s) => void (named('answered')(s).timestamp = '2027-01-05T10:00:00.000+01:00'))).toEqual(['9.7.0.0-2']);
    expect(broken((s) => void delete named('answered')(s).context.extensions)).toEqual(['9.6.3.1-4']);
    expect(broken((s) => void named('answered')(s).context.contextActivities.grouping.reverse().unshift({ id: 'urn:x' }))).toEqual(['10.2.1.0-6']);
  });

  it('names the category rules of defined and allowed statements', () => {
    const category = (s: Statement) => s.context.contextActivities.category as { id: string }[];
    expect(broken((s) => void category(named('passed')(s)).pop())).toEqual(['9.6.2.2-1']);
    expect(broken((s) => void (named('answered')(s).context.contextActivities.category = [{ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }]))).toEqual(['9.6.2.2-2']);
    expect(broken((s) => void (named('answered')(s).context.contextActivities.category = [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }]))).toContain('9.3.0.0-1');
    expect(broken((s) => void category(named('completed')(s)).splice(0, 1))).toContain('9.6.2.1-1');
  });

  it('names the result rules: completion, success, duration, score and the mastery score', () => {
    expect(broken((s) => void (named('completed')(s).result.score = { scaled: 0.9 }))).toEqual(['9.5.1.0-2']);
    expect(broken((s) => void delete named('terminated')(s).result.duration)).toEqual(['9.5.4.1-1']);
    expect(broken((s) => void (named('passed')(s).result.score.scaled = 0.5))).toEqual(['9.3.4.0-2']);
    expect(broken((s) => void delete named('passed')(s).context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'])).toEqual(['9.6.3.2-2']);
    expect(broken((s) => void delete named('passed')(s).result.score.min)).toEqual(['9.5.1.0-3']);
    expect(broken((s) => void (named('completed')(s).object.id = 'https://lms.example.org/other'))).toEqual(['8.1.5.0-6']);
  });

  it('names the frequency rules of a session and of the registration, and of Browse mode', () => {
    const failed = (st: Statement): Statement => ({ ...structuredClone(st), id: randomUUID(), verb: { id: 'http://adlnet.gov/expapi/verbs/failed' }, result: { success: false, duration: 'PT1S', score: { scaled: 0.1 } } });
    expect(broken((s) => [...s.slice(0, 3), failed(named('passed')(s)), ...s.slice(3)])).toEqual(['9.3.0.0-3']);
    const second = { ...rules, contextTemplate: structuredClone(contextTemplate) };
    const sid = randomUUID();
    second.contextTemplate.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] = sid;
    const again = (statements: Statement[]): Statement[] =>
      statements.map((st) => ({ ...structuredClone(st), id: randomUUID(), context: { ...st.context, extensions: { ...st.context.extensions, 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sid } } }));
    expect(ids(cmi5Violations([rules, second], [...session, ...again(session)]))).toEqual(['9.3.0.0-6', '9.3.0.0-7']);
    const failedLater = again(session).map((st) => (st.verb.id.endsWith('/passed') ? { ...st, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' }, result: { ...st.result, success: false, score: { ...st.result.score, scaled: 0.1, raw: 10 } } } : st));
    expect(ids(cmi5Violations([rules, second], [...session, ...failedLater.filter((st) => !st.verb.id.endsWith('/completed'))]))).toEqual(['9.3.0.0-8']);
    expect(broken(() => undefined, { ...rules, launchMode: 'Browse' })).toEqual(['10.2.2.0-2']);
  });

  it('names the request rules: one POST to the fetch URL, LMS.LaunchData never written, preferences read first', () => {
    const launch = { ...rules, fetchUrl };
    const fetch = requests.find((r) => r.path.startsWith('/cmi5/fetch/')) as LoggedRequest;
    const firstPost = requests.findIndex((r) => r.method === 'POST' && r.path === '/xapi/statements');
    const without = requests.filter((r) => !(r.path === '/xapi/agents/profile'));
    const write: LoggedRequest = { ...fetch, method: 'PUT', path: '/xapi/activities/state', query: { stateId: 'LMS.LaunchData' } };
    expect(ids(cmi5Violations(launch, session, [...requests, { ...fetch }]))).toEqual(['8.2.3.0-1']);
    expect(ids(cmi5Violations(launch, session, [...requests.slice(0, firstPost), write, ...requests.slice(firstPost)]))).toEqual(['10.2.1.0-5']);
    expect(ids(cmi5Violations(launch, session, without))).toEqual(['11.0.0.0-3']);
  });
});
