/// <reference lib="dom" />
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItem, TrackingAdapter } from '../../../src/runtime/tracking/tracking-adapter.js';
import { createXapiAdapter } from '../../../src/runtime/tracking/xapi/create-xapi-adapter.js';
import type { LearnerState } from '../../../src/runtime/state/learner-state.js';
import type { InteractionRecord } from '../../../src/runtime/interaction-record.js';
import type { KeyValueStore } from '../../../src/runtime/storage/key-value-store.js';
import { Tracker } from '../../../src/runtime/tracking/tracker.js';
import { connectTracker } from '../../../src/runtime/tracking/connect-tracker.js';
import { decodeState, encodeState } from '../../../src/runtime/state/state-codec.js';
import { startTestLrs, type TestLrs } from '../../support/lrs.js';
import { courseData, courseIri, records, speakUp } from './course-data.js';
import type { RuntimeData } from '../../../src/model/runtime-data.js';
import { blockOutline } from '../../../src/model/block-outline.js';
import { answersLoaded, launchQuery, lrsWindow, mergeLoaded, messages } from './lrs-window.js';
import { browserStorage } from '../../support/browser-storage.js';

const actor = { mbox: 'mailto:ann@example.org', name: 'Ann Lee' };
const registration = '0b3f3a8e-3f6e-4a8c-9a55-6c1f0d1b2c3d';
const leaving = { leaving: false };
let lrs: TestLrs;

beforeEach(async () => {
  lrs = await startTestLrs();
});
afterEach(() => lrs.close());

function adapter(params: Record<string, string> = {}, log = messages().log, data: RuntimeData = courseData) {
  const search = launchQuery({ endpoint: lrs.endpoint.replace(/\/$/, ''), auth: lrs.auth, actor: JSON.stringify(actor), registration, ...params });
  return createXapiAdapter(lrsWindow(search), data, { log, answers: answersLoaded, merge: mergeLoaded });
}

/** Tracker options of the tests that play several launches under the tracking core: sends happen on `flush`, not on a timer. */
const coreOptions = { courseId: 'respect', log: () => {}, setTimer: () => 0, clearTimer: () => {} };
const encode = (learner: LearnerState): string => encodeState(learner, courseData.state);
/** The course as a session that has not loaded the second lesson has it: that lesson's blocks only outlined. */
const outlineOnly = { ...courseData, blocks: courseData.blocks.map(blockOutline) } as RuntimeData;
const answeredStatements = async () => (await lrs.statements()).filter((s) => String((s.verb as { id: string }).id).endsWith('/answered'));
const definitionOf = (statement: Record<string, unknown> | undefined): unknown => (statement?.object as { definition?: unknown } | undefined)?.definition;

/** A launch that cannot reach the LRS (made by `make`), played on `device`: `record` answered in the second lesson, then the page closes; the LRS is back after. */
async function answerOnDevice(device: KeyValueStore, record: InteractionRecord, make: () => TrackingAdapter = () => adapter()) {
  lrs.faults.set('drop');
  const played = await connectTracker({} as Window, device, courseData, make);
  played.tracker.recordInteraction(record, speakUp);
  played.tracker.leave();
  lrs.faults.set('none');
  return played;
}

/** The next launch on `device`, resuming on another lesson (the answered one only outlined): sends what the device kept; the answered statements. */
async function nextLaunchSends(device: KeyValueStore) {
  const back = new Tracker(adapter({}, messages().log, outlineOnly), device, coreOptions);
  await back.start();
  expect(await back.flush()).toBe(true);
  return answeredStatements();
}

const verbs = async (): Promise<string[]> => (await lrs.statements()).map((s) => String((s.verb as { id: string }).id).split('/').pop() ?? '');
const state = () => lrs.state(courseIri, actor, 'coursewright-state', registration) as Record<string, unknown> | undefined;
const xapiRequests = () => lrs.requests().filter((r) => !r.preflight && r.path.startsWith('/xapi/'));

describe('the xAPI adapter against a real LRS', () => {
  it('does not open without an endpoint or an actor, and asks the LRS nothing', async () => {
    expect(await createXapiAdapter(lrsWindow(''), courseData, { answers: answersLoaded }).open()).toBeUndefined();
    expect(await adapter({ actor: '{"name":"nobody"}' }).open()).toBeUndefined();
    expect(lrs.requests()).toEqual([]);
  });

  it('opens a fresh attempt (404 state), sends initialized, and sends every request with the version, JSON type and the launch auth verbatim', async () => {
    const { log, lines } = messages();
    const start = await adapter({}, log).open();
    expect(start).toMatchObject({ mode: 'normal', resumed: false, learnerName: 'Ann Lee', learnerId: 'ann@example.org' });
    expect(start?.attemptKey).toBe(`xapi:mailto:ann@example.org:${registration}`);
    const [initialized] = await lrs.statements();
    expect(initialized).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' }, object: { id: courseIri }, actor, context: { registration } });
    for (const request of xapiRequests()) {
      expect(request.path).not.toContain('//');
      expect(request.headers).toMatchObject({ 'x-experience-api-version': '1.0.3', 'content-type': 'application/json', authorization: lrs.auth });
    }
    expect(xapiRequests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /xapi/activities/state 404', 'POST /xapi/statements 200']);
    expect(lines.join('\n')).not.toContain(lrs.auth.slice(6));
  });

  it('speaks xAPI 2.0 only when asked: the version header changes (this 1.0.3 LRS then refuses to open)', async () => {
    const search = launchQuery({ endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration });
    expect(await createXapiAdapter(lrsWindow(search), courseData, { xapiVersion: '2.0.0', log: () => {}, answers: answersLoaded }).open()).toBeUndefined();
    expect(xapiRequests()).toMatchObject([{ status: 400, headers: { 'x-experience-api-version': '2.0.0' } }]);
  });

  it('uses the launch activity_id for course-level statements and the state document', async () => {
    const tracked = adapter({ activity_id: 'https://lms.example.org/launch/77' });
    await tracked.open();
    expect((await lrs.statements())[0]).toMatchObject({ object: { id: 'https://lms.example.org/launch/77' } });
    expect(lrs.requests()[0]?.query).toMatchObject({ activityId: 'https://lms.example.org/launch/77', stateId: 'coursewright-state', registration });
  });

  it('echoes the launch\'s extra parameters to the LRS as TinCanJS does, and drops them when the LRS refuses them', async () => {
    const { log, lines } = messages();
    const tracked = adapter({ content_token: 'abc 1' }, log);
    expect(await tracked.open()).toMatchObject({ resumed: false });
    const [first, second, ...rest] = xapiRequests();
    expect(first).toMatchObject({ path: '/xapi/activities/state', status: 400, query: { content_token: 'abc 1' } });
    expect(second).toMatchObject({ path: '/xapi/activities/state', status: 404 });
    expect(second?.query).not.toHaveProperty('content_token');
    expect(rest.map((r) => r.query)).toEqual([{}]);
    expect(lines.join('\n')).toContain('no longer sent');
  });

  it('stores each statement once even when it is sent twice, every one valid, in order', async () => {
    const tracked = adapter();
    await tracked.open();
    const items = [
      ...tracked.itemsFor({ kind: 'lesson', lesson: speakUp }),
      ...tracked.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp }),
      ...tracked.itemsFor({ kind: 'interaction', record: records.decision, lesson: speakUp }),
    ];
    expect(await tracked.send(items, leaving)).toEqual(new Set(items.map((item) => item.key)));
    // The reply was lost, say: the core sends the same items again.
    expect(await tracked.send(items, leaving)).toEqual(new Set(items.map((item) => item.key)));
    const stored = await lrs.statements();
    expect(stored.map((s) => s.id)).toEqual([stored[0]?.id, ...items.map((item) => (item.payload as { draft: { id: string } }).draft.id)]);
    expect(await verbs()).toEqual(['initialized', 'experienced', 'answered', 'answered']);
    for (const statement of stored) expect(lrs.validate(statement)).toEqual([]);
    expect(xapiRequests().filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body ?? '[]').length)).toEqual([1, 3, 3]);
  });

  it('writes an answer given before its code is loaded once the code comes, with the id and time it was given; until then it and what follows wait', async () => {
    let now = Date.parse('2026-03-02T10:00:00.000Z');
    let available = false;
    const asked: string[] = [];
    // The feature script as a page loads it: not there at first, then failing once (offline), then there.
    const answers = {
      loaded: () => (available ? answersLoaded.loaded() : undefined),
      load: () => {
        asked.push(available ? 'load' : 'fail');
        return Promise.resolve(available ? answersLoaded.loaded() : undefined);
      },
    };
    const search = launchQuery({ endpoint: lrs.endpoint.replace(/\/$/, ''), auth: lrs.auth, actor: JSON.stringify(actor), registration });
    const tracked = createXapiAdapter(lrsWindow(search), courseData, { now: () => now, log: () => {}, answers });
    await tracked.open();
    const items = [...tracked.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp }), ...tracked.itemsFor({ kind: 'state', state: 's1', location: 'speak-up' })];
    // Asked for at once, so that it is there by the time the answer is sent.
    expect(asked).toEqual(['fail']);
    expect(await tracked.send(items, leaving)).toEqual(new Set());
    expect(await verbs()).toEqual(['initialized']);
    expect(state()).toBeUndefined();

    available = true;
    now += 60_000;
    expect(await tracked.send(items, leaving)).toEqual(new Set(items.map((item) => item.key)));
    const answered = (await lrs.statements())[1];
    expect(answered).toMatchObject({ id: items[0]?.key, timestamp: '2026-03-02T10:00:00.000Z', verb: { id: 'http://adlnet.gov/expapi/verbs/answered' } });
    expect(lrs.validate(answered ?? {})).toEqual([]);
    // The outbox keeps the statement as sent, so a resend is the same statement.
    expect(items[0]?.payload).toMatchObject({ draft: { id: items[0]?.key } });
    expect(state()).toMatchObject({ state: 's1', location: 'speak-up' });
  });

  it('keeps state, bookmark and recorded results in the state document, and resumes from it', async () => {
    const first = adapter();
    await first.open();
    const items = [...first.itemsFor({ kind: 'state', state: '1~abc', location: 'speak-up' }), ...first.itemsFor({ kind: 'result', status: 'passed', score: 90 })];
    expect(items.map((item) => item.key)).toEqual(['state', 'result:completed', 'result:passed']);
    expect(await first.send(items, leaving)).toEqual(new Set(['state', 'result:completed', 'result:passed']));
    expect(state()).toEqual({ state: '1~abc', location: 'speak-up', results: { completed: true, passed: true } });
    const created = xapiRequests().find((r) => r.method === 'PUT');
    expect(created?.headers['if-none-match']).toBe('*');

    const second = adapter();
    expect(await second.open()).toMatchObject({ resumed: true, state: '1~abc', location: 'speak-up', recordedStatus: 'passed' });
    // A passed attempt is never lowered or reported twice.
    expect(second.itemsFor({ kind: 'result', status: 'failed', score: 10 })).toEqual([]);
    expect(second.itemsFor({ kind: 'result', status: 'passed', score: 95 })).toEqual([]);
    expect(await verbs()).toEqual(['initialized', 'completed', 'passed', 'initialized']);
  });

  it('writes the state under ETag concurrency: a newer document written elsewhere is re-read and its results kept', async () => {
    const first = adapter();
    await first.open();
    await first.send(first.itemsFor({ kind: 'state', state: 'old', location: 'welcome' }), leaving);
    const second = adapter();
    await second.open(); // keeps the ETag of { state: 'old' }
    await first.send(first.itemsFor({ kind: 'result', status: 'completed' }), leaving); // another tab records completion
    expect(state()).toMatchObject({ results: { completed: true } });
    expect(await second.send(second.itemsFor({ kind: 'state', state: 'new', location: 'speak-up' }), leaving)).toEqual(new Set(['state']));
    expect(state()).toEqual({ state: 'new', location: 'speak-up', results: { completed: true } });
    const writes = xapiRequests().filter((r) => r.path === '/xapi/activities/state').slice(-3);
    expect(writes.map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 412', 'GET 200', 'PUT 204']);
    expect(writes[0]?.headers['if-match']).toMatch(/^"[0-9a-f]{40}"$/);
    expect(writes[2]?.headers['if-match']).not.toBe(writes[0]?.headers['if-match']);
  });

  it('keeps the progress made on another device on the same attempt: a conflict merges its learner state into this write and every later one', async () => {
    const stored = (): LearnerState => decodeState(String(state()?.state), courseData).state;
    const phone = adapter();
    await phone.open();
    const wardPc = adapter(); // left open on the ward: it has not seen what the phone writes next
    await wardPc.open();
    const answered = { d: 1 as const, s: 1, a: 'b' };
    await phone.send(phone.itemsFor({ kind: 'state', state: encode({ lesson: 1, visited: [0, 1], blocks: { 'q-signs': answered } }), location: 'speak-up' }), leaving);
    expect(await wardPc.send(wardPc.itemsFor({ kind: 'state', state: encode({ lesson: 0, visited: [0], blocks: { 'r-think': { d: 1 } } }), location: 'welcome' }), leaving)).toEqual(new Set(['state']));
    expect(xapiRequests().slice(-3).map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 412', 'GET 200', 'PUT 204']);
    expect(stored()).toEqual({ lesson: 0, visited: [0, 1], blocks: { 'q-signs': answered, 'r-think': { d: 1 } } });
    expect(state()).toMatchObject({ location: 'welcome' });
    // The ward PC's next write meets no conflict, and still keeps what the phone did.
    const acknowledged = { d: 1 as const, t: '2027-03-01T10:22:33Z' };
    await wardPc.send(wardPc.itemsFor({ kind: 'state', state: encode({ lesson: 1, visited: [0, 1], blocks: { 'r-think': { d: 1 }, 'ack-policy': acknowledged } }), location: 'speak-up' }), leaving);
    expect(xapiRequests().at(-1)).toMatchObject({ method: 'PUT', status: 204 });
    expect(stored()).toEqual({ lesson: 1, visited: [0, 1], blocks: { 'q-signs': answered, 'r-think': { d: 1 }, 'ack-policy': acknowledged } });
    // And the phone, at its next launch, resumes with both.
    expect(decodeState((await adapter().open())?.state, courseData).state.blocks).toEqual({ 'q-signs': answered, 'r-think': { d: 1 }, 'ack-policy': acknowledged });
  });

  it('does not write over another device\'s progress while the code that folds it in cannot be loaded, and folds it in once it can', async () => {
    let available = false;
    const merge = { loaded: () => (available ? mergeLoaded.loaded() : undefined), load: () => Promise.resolve(available ? mergeLoaded.loaded() : undefined) };
    const search = launchQuery({ endpoint: lrs.endpoint.replace(/\/$/, ''), auth: lrs.auth, actor: JSON.stringify(actor), registration });
    const phone = adapter();
    await phone.open();
    const wardPc = createXapiAdapter(lrsWindow(search), courseData, { log: messages().log, answers: answersLoaded, merge });
    await wardPc.open();
    const onPhone = encode({ lesson: 1, visited: [0, 1], blocks: { 'q-signs': { d: 1, s: 1 } } });
    await phone.send(phone.itemsFor({ kind: 'state', state: onPhone, location: 'speak-up' }), leaving);
    const items = wardPc.itemsFor({ kind: 'state', state: encode({ lesson: 0, visited: [0], blocks: { 'r-think': { d: 1 } } }), location: 'welcome' });
    expect(await wardPc.send(items, leaving)).toEqual(new Set());
    expect(state()).toMatchObject({ state: onPhone });
    available = true;
    expect(await wardPc.send(items, leaving)).toEqual(new Set(['state']));
    expect(decodeState(String(state()?.state), courseData).state).toEqual({ lesson: 0, visited: [0, 1], blocks: { 'q-signs': { d: 1, s: 1 }, 'r-think': { d: 1 } } });
  });

  it('under the tracking core, merges at launch the state this device could not send with the progress made elsewhere meanwhile', async () => {
    const wardDevice = browserStorage(); // the ward PC's browser storage, which outlives its tab
    const tracker = (device: KeyValueStore) => new Tracker(adapter(), device, { courseId: 'respect', log: () => {}, setTimer: () => 0, clearTimer: () => {} });
    const wardPc = tracker(wardDevice);
    await wardPc.start();
    lrs.faults.set('reject-state');
    wardPc.saveState(encode({ lesson: 0, visited: [0], blocks: { 'r-think': { d: 1 } } }), 'welcome');
    wardPc.leave(); // the tab closes while the LRS refuses the state
    lrs.faults.set('none');
    const phone = tracker(browserStorage());
    await phone.start();
    phone.saveState(encode({ lesson: 1, visited: [0, 1], blocks: { 'q-signs': { d: 1, s: 1 } } }), 'speak-up');
    expect(await phone.flush()).toBe(true);
    const again = await tracker(wardDevice).start();
    expect(decodeState(again?.state, courseData).state).toEqual({ lesson: 0, visited: [0, 1], blocks: { 'q-signs': { d: 1, s: 1 }, 'r-think': { d: 1 } } });
    expect(again).toMatchObject({ resumed: true, location: 'welcome' });
  });

  it('writes each time under the ETag of what it wrote last, computed as xAPI makes LRSs compute it, so a write from elsewhere in between is found', async () => {
    const tracked = adapter();
    await tracked.open();
    for (const text of ['one', 'two']) await tracked.send(tracked.itemsFor({ kind: 'state', state: text, location: 'welcome' }), leaving);
    const [created, replaced] = xapiRequests().filter((r) => r.method === 'PUT');
    expect(created?.headers['if-none-match']).toBe('*');
    expect(replaced).toMatchObject({ status: 204, headers: { 'if-match': `"${createHash('sha1').update(created?.body ?? '').digest('hex')}"` } });
  });

  it('stops computing ETags when the LRS makes its own otherwise: one 412 for its own last write, then writes as before', async () => {
    await lrs.close();
    lrs = await startTestLrs({ etags: 'opaque' });
    const tracked = adapter();
    await tracked.open();
    for (const text of ['one', 'two', 'three']) await tracked.send(tracked.itemsFor({ kind: 'state', state: text, location: 'welcome' }), leaving);
    const writes = xapiRequests().filter((r) => r.path === '/xapi/activities/state').slice(1);
    expect(writes.map((r) => `${r.method} ${r.status} ${r.headers['if-match'] ?? r.headers['if-none-match'] ?? '-'}`)).toEqual(['PUT 204 *', expect.stringMatching(/^PUT 412 "[0-9a-f]{40}"$/), 'GET 200 -', 'PUT 204 "v1"', 'PUT 204 -']);
    expect(state()).toMatchObject({ state: 'three' });
  });

  it('resolves with no keys and never throws when the LRS refuses or drops requests, and sends everything once it is back', async () => {
    const tracked = adapter();
    await tracked.open();
    const items: OutboxItem[] = [...tracked.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp }), ...tracked.itemsFor({ kind: 'state', state: 's', location: 'welcome' })];
    for (const mode of ['refuse', 'drop'] as const) {
      lrs.faults.set(mode);
      expect(await tracked.send(items, leaving)).toEqual(new Set());
      expect(await tracked.close(leaving, items)).toBe(false);
    }
    lrs.faults.set('reject-state');
    expect(await tracked.send(items, leaving)).toEqual(new Set([items[0]?.key]));
    lrs.faults.set('none');
    expect(await tracked.close(leaving, items)).toBe(true);
    expect(await verbs()).toEqual(['initialized', 'answered', 'terminated']);
  });

  it('tries the launch read again after a blip, so the session opens and records; a longer outage still opens untracked, after three tries', async () => {
    const stateReads = () => xapiRequests().filter((r) => r.method === 'GET' && r.path === '/xapi/activities/state').length;
    lrs.faults.set('refuse', 1);
    const tracked = adapter();
    expect(await tracked.open()).toMatchObject({ mode: 'normal', resumed: false });
    expect(stateReads()).toBe(2);
    const answer = tracked.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp });
    expect(await tracked.send(answer, leaving)).toEqual(new Set(answer.map((item) => item.key)));
    expect(await verbs()).toEqual(['initialized', 'answered']);
    lrs.faults.set('drop');
    expect(await adapter().open()).toBeUndefined();
    expect(stateReads()).toBe(2 + 3);
  });

  it('names the launched attempt, for the course to play on the device, only when the LRS did not answer, not when it refused the launch', async () => {
    lrs.faults.set('drop');
    const unreachable = adapter();
    expect(await unreachable.open()).toBeUndefined();
    expect(unreachable.launched).toEqual({ attemptKey: `xapi:mailto:ann@example.org:${registration}`, learnerId: 'ann@example.org', learnerName: 'Ann Lee' });
    // An old launch link reopened later (its credential refused) is not its learner's to play on a shared computer.
    lrs.faults.set('reject-auth');
    const refused = adapter();
    expect(await refused.open()).toBeUndefined();
    expect(refused.launched).toBeUndefined();
  });

  it('under the tracking core, keeps the state played on the device while the LRS was out of reach when an earlier session\'s pending state is accepted at launch', async () => {
    const device = browserStorage(); // the browser's storage, which outlives its tabs
    const first = new Tracker(adapter(), device, coreOptions);
    await first.start();
    lrs.faults.set('reject-state');
    first.saveState(encode({ lesson: 0, visited: [0], blocks: {} }), 'welcome');
    first.leave(); // the tab closes with that state pending
    // The next launch cannot reach the LRS: the learner goes on, on the device.
    lrs.faults.set('drop');
    const played = await connectTracker({} as Window, device, courseData, () => adapter());
    expect(played).toMatchObject({ untracked: 'lms-refused', carried: true, start: { location: 'welcome' } });
    const onDevice = encode({ lesson: 1, visited: [0, 1], blocks: { 'q-signs': { d: 1, s: 1 } } });
    played.tracker.saveState(onDevice, 'speak-up');
    await played.tracker.flush();
    played.tracker.leave();
    // Back online: the earlier session's state goes first and is accepted; the one played on the device is still kept.
    lrs.faults.set('none');
    const back = new Tracker(adapter(), device, coreOptions);
    const start = await back.start();
    expect(start).toMatchObject({ resumed: true, location: 'speak-up' });
    expect(decodeState(start?.state, courseData).state).toEqual({ lesson: 1, visited: [0, 1], blocks: { 'q-signs': { d: 1, s: 1 } } });
    expect(await back.flush()).toBe(true);
    expect(decodeState((state()?.state as string | undefined), courseData).state).toEqual({ lesson: 0, visited: [0], blocks: {} });
    const relaunch = await new Tracker(adapter(), device, coreOptions).start();
    expect(relaunch).toMatchObject({ location: 'speak-up' });
  });

  it('under the tracking core, sends an answer given on the device while the LRS was out of reach at the next launch: once, with the id and time it was given', async () => {
    const device = browserStorage(); // the browser's storage, which outlives its tabs
    lrs.faults.set('drop');
    const played = await connectTracker({} as Window, device, courseData, () => adapter());
    expect(played).toMatchObject({ untracked: 'lms-refused', carried: true });
    const answeredAt = Date.now();
    played.tracker.recordInteraction(records.check, speakUp);
    played.tracker.leave(); // the page closes at once, its answer not yet handed over
    lrs.faults.set('none');
    // The next launch sends it; its page closes as the LRS stores it, before it knows: the launch after sends it again.
    const back = new Tracker(adapter(), device, coreOptions);
    await back.start();
    back.leave();
    await expect.poll(verbs).toEqual(['initialized', 'answered', 'terminated']);
    const again = new Tracker(adapter(), device, coreOptions);
    await again.start();
    expect(await again.flush()).toBe(true);
    const statements = await lrs.statements();
    const answered = statements.filter((s) => String((s.verb as { id: string }).id).endsWith('/answered'));
    // The LRS keeps a statement id once: the second send is the same statement, not a second answer.
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ object: { id: expect.stringContaining(`/interactions/${records.check.id}`) }, context: { registration } });
    expect(Date.parse(String(answered[0]?.timestamp))).toBeGreaterThanOrEqual(answeredAt - 1000);
    expect(Date.parse(String(answered[0]?.timestamp))).toBeLessThan(Date.parse(String(statements[0]?.timestamp)));
    const carrying = xapiRequests().filter((r) => r.method === 'POST' && r.path === '/xapi/statements' && r.body?.includes(String(answered[0]?.id)));
    expect(carrying).toHaveLength(2);
  });

  it('describes an answer given on the device as it is given: the next session, which has only the outline of its lesson, sends the statement an online answer makes', async () => {
    const device = browserStorage();
    await answerOnDevice(device, records.decision);
    // The next launch resumes on another lesson: the scenario's is not loaded, its data only an outline (\`outlineOnly\`).
    const [offline] = await nextLaunchSends(device);
    // The same answer given online, in a session with the scenario's lesson loaded.
    const online = adapter({ registration: '4d9e2c1a-5b6f-4e7a-8c9d-0e1f2a3b4c5d' });
    await online.open();
    const items = online.itemsFor({ kind: 'interaction', record: records.decision, lesson: speakUp });
    expect(await online.send(items, leaving)).toEqual(new Set(items.map((item) => item.key)));
    const onlineAnswer = (await answeredStatements()).find((s) => s.id !== offline?.id);
    expect(definitionOf(offline)).toEqual(definitionOf(onlineAnswer));
    expect(JSON.stringify(definitionOf(offline))).toContain('The break room: A joke too far');
  });

  it('loads the code that writes answers as soon as the course plays on the device, so that the first answer there is described as it is given too', async () => {
    const device = browserStorage();
    // In a page, that code is a feature script, loaded when first asked for.
    let asked = false;
    const answers = {
      loaded: () => (asked ? answersLoaded.loaded() : undefined),
      load: () => {
        asked = true;
        return answersLoaded.load();
      },
    };
    const search = launchQuery({ endpoint: lrs.endpoint.replace(/\/$/, ''), auth: lrs.auth, actor: JSON.stringify(actor), registration });
    const played = await answerOnDevice(device, records.decision, () => createXapiAdapter(lrsWindow(search), courseData, { log: () => {}, answers }));
    expect(played).toMatchObject({ carried: true });
    const [answered] = await nextLaunchSends(device);
    expect(JSON.stringify(definitionOf(answered))).toContain('The break room: A joke too far');
  });

  it('keeps an answer given on the device while another tab of the attempt is tracked: that tab\u2019s saves do not write over it', async () => {
    const device = browserStorage();
    const tab = new Tracker(adapter(), device, coreOptions);
    await tab.start();
    // A second tab of the attempt opens while the LRS is out of reach, and the learner answers there.
    lrs.faults.set('drop');
    const played = await connectTracker({} as Window, device, courseData, () => adapter());
    played.tracker.recordInteraction(records.check, speakUp);
    await played.tracker.flush();
    // The first tab saves (its outbox is written), and closes.
    tab.saveState(encode({ lesson: 1, visited: [0, 1], blocks: {} }), 'speak-up');
    tab.leave();
    lrs.faults.set('none');
    const next = new Tracker(adapter(), device, coreOptions);
    await next.start();
    expect(await next.flush()).toBe(true);
    expect((await verbs()).filter((verb) => verb === 'answered')).toEqual(['answered']);
  });

  it('keeps an answer given on the device until the LRS has it: a session that took it but never sent it, then another tab\u2019s save, do not lose it', async () => {
    const device = browserStorage();
    const tab = new Tracker(adapter(), device, coreOptions);
    await tab.start();
    await answerOnDevice(device, records.check);
    // A launch opens (and takes the answer in), and its page is gone before it sent anything.
    await new Tracker(adapter(), device, coreOptions).start();
    // The first tab saves, and its outbox, empty again, is written over the one that launch left.
    tab.saveState(encode({ lesson: 1, visited: [0, 1], blocks: {} }), 'speak-up');
    expect(await tab.flush()).toBe(true);
    const next = new Tracker(adapter(), device, coreOptions);
    await next.start();
    expect(await next.flush()).toBe(true);
    expect((await verbs()).filter((verb) => verb === 'answered')).toEqual(['answered']);
    // Once the LRS has it, it is no longer kept.
    const again = new Tracker(adapter(), device, coreOptions);
    await again.start();
    expect(again.saveStatus).toBe('saved');
  });

  it('sets aside a statement the LRS refuses for good once a later one is stored, so it holds back nothing after it', async () => {
    const tracked = adapter();
    await tracked.open();
    lrs.faults.refuseStatements((statement) => String((statement.object as { id?: string }).id).endsWith(`/interactions/${records.check.id}`));
    const check = tracked.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp });
    // Alone, or last, its refusal could be the session's: it waits, to be sent again.
    expect(await tracked.send(check, leaving)).toEqual(new Set());
    expect(tracked.refused).toEqual(new Set());
    const later = [...tracked.itemsFor({ kind: 'lesson', lesson: speakUp }), ...tracked.itemsFor({ kind: 'interaction', record: records.decision, lesson: speakUp })];
    const items = [...check, ...later];
    expect(await tracked.send(items, leaving)).toEqual(new Set(items.map((item) => item.key)));
    expect(tracked.refused).toEqual(new Set(check.map((item) => item.key)));
    expect(tracked.sessionRefused).toBe(false);
    expect(await verbs()).toEqual(['initialized', 'experienced', 'answered']);
    lrs.faults.refuseStatements(undefined);
  });

  it('tells a session the LRS refuses (401: its credential expired) from one it cannot reach, until it takes statements again', async () => {
    const tracked = adapter();
    await tracked.open();
    const items = tracked.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp });
    lrs.faults.set('refuse');
    expect(await tracked.send(items, leaving)).toEqual(new Set());
    expect(tracked.sessionRefused).toBe(false);
    lrs.faults.set('reject-auth');
    const before = xapiRequests().length;
    const more = [...items, ...tracked.itemsFor({ kind: 'interaction', record: records.decision, lesson: speakUp })];
    expect(await tracked.send(more, leaving)).toEqual(new Set());
    expect(tracked.sessionRefused).toBe(true);
    // The array, then its first statement alone: a 401 is the credential's, so the rest are not tried one by one.
    expect(xapiRequests().length - before).toBe(2);
    expect(tracked.refused).toEqual(new Set());
    lrs.faults.set('none');
    expect(await tracked.send(items, leaving)).toEqual(new Set(items.map((item) => item.key)));
    expect(tracked.sessionRefused).toBe(false);
  });

  it('sends initialized before anything else when it could not go at open, wherever the outbox holds it', async () => {
    let offline = true;
    const search = launchQuery({ endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration });
    const win = lrsWindow(search);
    const online = win.fetch;
    win.fetch = (url, init) => (offline && init.method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : online(url, init));
    const tracked = createXapiAdapter(win, courseData, { log: () => {}, answers: answersLoaded });
    expect(await tracked.open()).toMatchObject({ resumed: false });
    const opening = tracked.openingItems();
    expect(opening.map((item) => item.key)).toEqual(['initialized']);
    const answer = tracked.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp });
    expect(await tracked.send([...answer, ...opening], leaving)).toEqual(new Set());
    offline = false;
    expect(await tracked.send([...answer, ...opening], leaving)).toEqual(new Set(['initialized', ...answer.map((item) => item.key)]));
    expect(tracked.openingItems()).toEqual([]);
    expect(await verbs()).toEqual(['initialized', 'answered']);
  });

  it('ends with terminated and its duration, and sends nothing after it', async () => {
    let now = Date.UTC(2027, 0, 5, 9, 0, 0);
    const search = launchQuery({ endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(actor), registration });
    const tracked = createXapiAdapter(lrsWindow(search), courseData, { now: () => now, log: () => {}, answers: answersLoaded });
    await tracked.open();
    now += 125_500;
    expect(await tracked.close(leaving, [])).toBe(true);
    expect(await tracked.close(leaving, [])).toBe(true);
    const items = tracked.itemsFor({ kind: 'lesson', lesson: speakUp });
    expect(items).toEqual([]);
    expect(await tracked.send(tracked.itemsFor({ kind: 'state', state: 'x', location: 'y' }), leaving)).toEqual(new Set());
    const stored = await lrs.statements();
    expect(await verbs()).toEqual(['initialized', 'terminated']);
    expect(stored[1]).toMatchObject({ result: { duration: 'PT2M5.5S' }, timestamp: '2027-01-05T09:02:05.500Z' });
  });

  it('on pagehide puts what is pending and the end in one keepalive array, the state beside it', async () => {
    const tracked = adapter();
    await tracked.open();
    const pending = [
      ...tracked.itemsFor({ kind: 'interaction', record: records.reflection, lesson: speakUp }),
      ...tracked.itemsFor({ kind: 'state', state: 'last', location: 'speak-up' }),
      ...tracked.itemsFor({ kind: 'result', status: 'completed' }),
    ];
    expect(await tracked.close({ leaving: true }, pending)).toBe(true);
    const posts = xapiRequests().filter((r) => r.method === 'POST');
    expect(posts.map((r) => (JSON.parse(r.body ?? '[]') as { verb: { id: string } }[]).map((s) => s.verb.id.split('/').pop()))).toEqual([['initialized'], ['answered', 'completed', 'terminated']]);
    expect(state()).toMatchObject({ state: 'last', location: 'speak-up' });
  });
});
