/// <reference lib="dom" />
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCmi5Adapter } from '../../../src/runtime/tracking/cmi5/create-cmi5-adapter.js';
import { Tracker } from '../../../src/runtime/tracking/tracker.js';
import { connectTracker } from '../../../src/runtime/tracking/connect-tracker.js';
import type { SessionStorageLike } from '../../../src/runtime/tracking/cmi5/cmi5-session-store.js';
import { cmi5Violations, type Cmi5RuleLaunch } from '../../support/cmi5-rules.js';
import { startTestLrs, type TestLrs } from '../../support/lrs.js';
import { courseData, records, speakUp } from '../xapi/course-data.js';
import { answersLoaded, lrsWindow, memorySessionStorage, messages } from '../xapi/lrs-window.js';
import { browserStorage } from '../../support/browser-storage.js';

const actor = { objectType: 'Agent', name: 'Ann Lee', account: { homePage: 'https://lms.example.org', name: 'ann-1' } };
const activityId = 'https://lms.example.org/registrations/au/7f1c';
const normal = { leaving: false };
let lrs: TestLrs;
let registration: string;

beforeEach(async () => {
  lrs = await startTestLrs();
  registration = randomUUID();
});
afterEach(() => lrs.close());

/** An LMS launch with a template richer than most, so that order and extensions are checked for real. */
function launch(options: { launchMode?: Cmi5RuleLaunch['launchMode']; masteryScore?: number } = {}) {
  const sessionId = randomUUID();
  const contextTemplate = {
    contextActivities: {
      parent: [{ objectType: 'Activity', id: 'https://lms.example.org/courses/respect' }],
      grouping: [{ objectType: 'Activity', id: 'https://courses.example.org/respect/au' }],
      category: [{ id: 'https://lms.example.org/categories/compliance' }],
    },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId, 'https://lms.example.org/tenant': 'acme' },
  };
  const made = lrs.cmi5Launch({ actor, registration, activityId, contextTemplate, moveOn: 'CompletedAndPassed', returnURL: 'https://lms.example.org/done', learnerPreferences: { languagePreference: 'en-GB,de' }, ...options });
  const rules: Cmi5RuleLaunch = { actor, registration, activityId, contextTemplate, fetchUrl: made.fetchUrl, ...options };
  return { ...made, rules };
}

function adapter(query: string, storage: SessionStorageLike = memorySessionStorage(), log = messages().log) {
  return createCmi5Adapter(lrsWindow(`?${query}`, storage), courseData, { log, answers: answersLoaded });
}

const verbs = async (): Promise<string[]> => (await lrs.statements()).map((s) => String((s.verb as { id: string }).id).split('/').pop() ?? '');
const fetchPosts = (fetchUrl: string) => lrs.requests().filter((r) => r.path === new URL(fetchUrl).pathname).length;

async function expectConformant(launches: Cmi5RuleLaunch[]): Promise<void> {
  const stored = await lrs.statements();
  expect(cmi5Violations(launches, stored, lrs.requests())).toEqual([]);
  for (const statement of stored) expect(lrs.validate(statement)).toEqual([]);
}

describe('the cmi5 adapter against a real LRS and a cmi5 LMS', () => {
  it('runs a whole session, initialized to terminated, within every rule of cmi5', async () => {
    const session = launch({ masteryScore: 0.8 });
    const tracked = adapter(session.query);
    expect(await tracked.open()).toMatchObject({ mode: 'normal', resumed: false, masteryScore: 80, returnUrl: 'https://lms.example.org/done', learnerName: 'Ann Lee', learnerId: 'ann-1' });
    expect(tracked.languagePreference).toBe('en-GB,de');
    const items = [
      ...tracked.itemsFor({ kind: 'lesson', lesson: speakUp }),
      ...Object.values(records).flatMap((record) => tracked.itemsFor({ kind: 'interaction', record, lesson: speakUp })),
      ...tracked.itemsFor({ kind: 'state', state: '1~done', location: 'speak-up' }),
      ...tracked.itemsFor({ kind: 'result', status: 'passed', score: 90 }),
    ];
    expect(await tracked.send(items, normal)).toEqual(new Set(items.map((item) => item.key)));
    expect(await tracked.close(normal, [])).toBe(true);
    expect(await verbs()).toEqual(['initialized', 'experienced', ...Object.values(records).map((r) => (r === records.acknowledgement ? 'accept' : 'answered')), 'completed', 'passed', 'terminated']);
    await expectConformant([session.rules]);
    const passed = (await lrs.statements()).find((s) => String((s.verb as { id: string }).id).endsWith('/passed'));
    expect(passed).toMatchObject({
      object: { id: activityId },
      result: { success: true, score: { scaled: 0.9, raw: 90, min: 0, max: 100 } },
      context: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 } },
    });
    expect(fetchPosts(session.fetchUrl)).toBe(1);
  });

  it('after a reload, neither fetches the token again nor sends a second initialized', async () => {
    const session = launch();
    const storage = memorySessionStorage();
    await adapter(session.query, storage).open();
    const reloaded = adapter(session.query, storage);
    expect(await reloaded.open()).toMatchObject({ mode: 'normal' });
    const answer = reloaded.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp });
    expect(await reloaded.send(answer, normal)).toEqual(new Set(answer.map((item) => item.key)));
    expect(await reloaded.close(normal, [])).toBe(true);
    expect(fetchPosts(session.fetchUrl)).toBe(1);
    expect(await verbs()).toEqual(['initialized', 'answered', 'terminated']);
    await expectConformant([session.rules]);
    // A reload after the exit sends nothing more in that session: the course plays untracked.
    expect(await adapter(session.query, storage).open()).toBeUndefined();
  });

  it('POSTs to the one-time fetch URL once, even when it failed, and reads the launch data again after a blip, opening within the rules', async () => {
    const first = launch();
    lrs.faults.set('refuse-fetch', 1);
    const { log, lines } = messages();
    const refused = adapter(first.query, memorySessionStorage(), log);
    expect(await refused.open()).toBeUndefined();
    expect(lines).toEqual(['cmi5: the LMS gave no auth token (status 503)']);
    // The launch named the attempt: the course plays on this device and keeps it for the next launch.
    expect(refused.launched).toEqual({ attemptKey: `cmi5:${actor.account.homePage}|ann-1:${registration}`, learnerId: 'ann-1', learnerName: 'Ann Lee' });
    expect(fetchPosts(first.fetchUrl)).toBe(1);
    const second = launch();
    lrs.faults.set('refuse', 1); // the first xAPI request: LMS.LaunchData
    const tracked = adapter(second.query);
    expect(await tracked.open()).toMatchObject({ mode: 'normal' });
    expect(await tracked.close(normal, [])).toBe(true);
    expect(await verbs()).toEqual(['initialized', 'terminated']);
    expect(lrs.requests().filter((r) => r.fault).map((r) => r.path.split('/').slice(0, 3).join('/'))).toEqual(['/cmi5/fetch', '/xapi/activities']);
  });

  it('answers an LMS error-code without a token by playing untracked, and never logs the token', async () => {
    const session = launch();
    const { log, lines } = messages();
    await adapter(session.query).open();
    const refused = adapter(session.query, memorySessionStorage(), log);
    expect(await refused.open()).toBeUndefined();
    expect(lines.join('\n')).toContain('error-code 1');
    // The LMS answered: this launch link is used up (one reopened from history on a shared computer), not its learner's to play.
    expect(refused.launched).toBeUndefined();
    expect(lines.join('\n')).not.toContain(lrs.auth.slice(6));
  });

  it('keeps what the learner answered on the device, while the LMS gave no credential, for a Normal session: a Review session sends none of it', async () => {
    const device = browserStorage(); // the browser's storage, which outlives its tabs
    const options = { courseId: 'respect', log: () => {}, setTimer: (run: () => void) => setTimeout(run, 0), clearTimer: (timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>) };
    const first = launch();
    lrs.faults.set('refuse-fetch');
    const played = await connectTracker({} as Window, device, courseData, () => adapter(first.query, memorySessionStorage(), () => {}));
    expect(played).toMatchObject({ untracked: 'lms-refused', carried: true });
    played.tracker.recordInteraction(records.check, speakUp);
    played.tracker.leave();
    lrs.faults.set('none');
    // The LMS opens the attempt in Review next: it records nothing, so the answer waits.
    const review = launch({ launchMode: 'Review' });
    const reviewing = new Tracker(adapter(review.query), device, options);
    expect(await reviewing.start()).toMatchObject({ mode: 'review' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await verbs()).toEqual(['initialized']);
    await reviewing.finish();
    // A Normal session sends it, once.
    const normalLaunch = launch();
    const tracked = new Tracker(adapter(normalLaunch.query), device, options);
    await tracked.start();
    expect(await tracked.flush()).toBe(true);
    expect(await tracked.finish()).toBe(true);
    expect(await verbs()).toEqual(['initialized', 'terminated', 'initialized', 'answered', 'terminated']);
    await expectConformant([review.rules, normalLaunch.rules]);
  });

  it('sends only initialized and terminated in Browse and Review', async () => {
    const launches: Cmi5RuleLaunch[] = [];
    for (const launchMode of ['Browse', 'Review'] as const) {
      const session = launch({ launchMode });
      launches.push(session.rules);
      const tracked = adapter(session.query);
      expect(await tracked.open()).toMatchObject({ mode: launchMode.toLowerCase() });
      expect(tracked.itemsFor({ kind: 'result', status: 'passed', score: 100 })).toEqual([]);
      expect(tracked.itemsFor({ kind: 'lesson', lesson: speakUp })).toEqual([]);
      expect(await tracked.close(normal, [])).toBe(true);
    }
    expect(await verbs()).toEqual(['initialized', 'terminated', 'initialized', 'terminated']);
    await expectConformant(launches);
  });

  it('never sends a second completed or passed in the registration, nor failed after passed', async () => {
    const first = launch();
    const one = adapter(first.query);
    await one.open();
    await one.send(one.itemsFor({ kind: 'result', status: 'passed', score: 100 }), normal);
    await one.close(normal, []);
    const second = launch();
    const two = adapter(second.query);
    expect(await two.open()).toMatchObject({ recordedStatus: 'passed' });
    expect(two.itemsFor({ kind: 'result', status: 'passed', score: 100 })).toEqual([]);
    expect(two.itemsFor({ kind: 'result', status: 'failed', score: 0 })).toEqual([]);
    await two.close(normal, []);
    expect(await verbs()).toEqual(['initialized', 'completed', 'passed', 'terminated', 'initialized', 'terminated']);
    await expectConformant([first.rules, second.rules]);
  });

  it('a statement the LRS stored in an earlier session, sent again with new ones, keeps none of them back (the LRS answers 409 for the array)', async () => {
    const first = launch();
    const one = adapter(first.query);
    await one.open();
    // Stored, but the reply was lost: the device still holds it when the learner comes back.
    const earlier = one.itemsFor({ kind: 'interaction', record: records.check, lesson: speakUp });
    await one.send(earlier, normal);
    const second = launch();
    const two = adapter(second.query);
    await two.open();
    const later = two.itemsFor({ kind: 'interaction', record: records.decision, lesson: speakUp });
    // Sent in this session it carries this session's id: not the statement stored, so the LRS refuses the array whole.
    expect(await two.send([...earlier, ...later], normal)).toEqual(new Set([...earlier, ...later].map((item) => item.key)));
    const conflicts = lrs.requests().filter((r) => r.method === 'POST' && r.path === '/xapi/statements' && r.status === 409);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(await verbs()).toEqual(['initialized', 'answered', 'initialized', 'answered']);
    const answered = (await lrs.statements()).filter((s) => String((s.verb as { id: string }).id).endsWith('/answered'));
    expect(answered.map((s) => (s.object as { id: string }).id.split('/').pop())).toEqual([records.check.id, records.decision.id]);
  });

  it('decides passed or failed by the launch mastery score, and passes in the next session after a failure', async () => {
    const first = launch({ masteryScore: 0.8 });
    const one = adapter(first.query);
    await one.open();
    await one.send(one.itemsFor({ kind: 'result', status: 'passed', score: 70 }), normal); // the course's own pass mark is lower
    expect(one.itemsFor({ kind: 'result', status: 'passed', score: 85 })).toEqual([]); // not both in one session
    await one.close(normal, []);
    const second = launch({ masteryScore: 0.8 });
    const two = adapter(second.query);
    expect(await two.open()).toMatchObject({ recordedStatus: 'failed' });
    await two.send(two.itemsFor({ kind: 'result', status: 'passed', score: 85 }), normal);
    await two.close(normal, []);
    expect(await verbs()).toEqual(['initialized', 'completed', 'failed', 'terminated', 'initialized', 'passed', 'terminated']);
    await expectConformant([first.rules, second.rules]);
  });

  it('resolves with no keys and never throws while the LRS refuses, and sends it all once it is back', async () => {
    const session = launch();
    const tracked = adapter(session.query);
    await tracked.open();
    const items = [...tracked.itemsFor({ kind: 'interaction', record: records.decision, lesson: speakUp }), ...tracked.itemsFor({ kind: 'result', status: 'completed' })];
    lrs.faults.set('refuse');
    expect(await tracked.send(items, normal)).toEqual(new Set());
    expect(await tracked.close(normal, items)).toBe(false);
    lrs.faults.set('none');
    expect(await tracked.close(normal, items)).toBe(true);
    expect(await verbs()).toEqual(['initialized', 'answered', 'completed', 'terminated']);
    await expectConformant([session.rules]);
  });

  it('under the tracking core, ends on pagehide with the pending statements and terminated in one request', async () => {
    const session = launch();
    const tracker = new Tracker(adapter(session.query), browserStorage(), { courseId: 'respect', log: () => {}, setTimer: () => 0, clearTimer: () => {} });
    expect(await tracker.start()).toMatchObject({ mode: 'normal', returnUrl: 'https://lms.example.org/done' });
    tracker.visitLesson(speakUp);
    tracker.recordInteraction(records.check, speakUp);
    tracker.saveState('1~x', 'speak-up');
    tracker.setResult('completed');
    tracker.leave();
    await expect.poll(verbs).toContain('terminated');
    expect(await verbs()).toEqual(['initialized', 'experienced', 'answered', 'completed', 'terminated']);
    const last = lrs.requests().filter((r) => r.method === 'POST' && r.path === '/xapi/statements').pop();
    expect((JSON.parse(last?.body ?? '[]') as unknown[]).length).toBe(4);
    await expectConformant([session.rules]);
  });
});
