import { createHash, randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestLrs, type TestLrs } from '../support/lrs.js';

const learner = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-1' } };
const activityId = 'https://example.org/courses/safety/au/1';
/** The origin a course is served from: the static server, another port than the LRS. */
const courseOrigin = 'http://127.0.0.1:4173';
const sessionIdExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(() => lrs.close());
afterEach(() => lrs.faults.set('none'));

function statement(fields: Record<string, unknown> = {}): Record<string, unknown> & { id: string } {
  const verb = { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } };
  return { id: randomUUID(), actor: learner, verb, object: { objectType: 'Activity', id: activityId }, ...fields };
}

/** A request as a conformant client sends it; a header given as undefined is left out. */
function xapi(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string | undefined> } = {}) {
  const json = init.body !== undefined && typeof init.body !== 'string';
  const wanted = { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', ...(json && { 'Content-Type': 'application/json' }), ...init.headers };
  const headers = Object.fromEntries(Object.entries(wanted).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const body = init.body === undefined ? undefined : json ? JSON.stringify(init.body) : String(init.body);
  return fetch(new URL(path, lrs.endpoint), { method: init.method ?? 'GET', headers, body });
}

function stateUrl(params: Record<string, string>): string {
  return `activities/state?${new URLSearchParams({ activityId, agent: JSON.stringify(learner), ...params })}`;
}

const sha1 = (text: string) => `"${createHash('sha1').update(text).digest('hex')}"`;

describe('statements, through xapi-statements', () => {
  it('stores a valid statement and reads it back through GET /statements', async () => {
    const sent = statement();
    expect(lrs.validate(sent)).toEqual([]);
    const post = await xapi('statements', { method: 'POST', body: sent });
    expect([post.status, await post.json()]).toEqual([200, [sent.id]]);
    const read = await xapi(`statements?statementId=${sent.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: sent.id, actor: learner, verb: sent.verb, object: sent.object, stored: expect.any(String) });
    expect((await lrs.statements()).map((s) => s.id)).toContain(sent.id);
  });

  it('answers 200 to a resend of the same statement and keeps one copy; 409 when the resend differs', async () => {
    const sent = statement();
    expect((await xapi('statements', { method: 'POST', body: sent })).status).toBe(200);
    const again = await xapi('statements', { method: 'POST', body: sent });
    expect([again.status, await again.json()]).toEqual([200, [sent.id]]);
    expect((await xapi(`statements?statementId=${sent.id}`, { method: 'PUT', body: sent })).status).toBe(204);
    const changed = { ...sent, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } };
    expect((await xapi('statements', { method: 'POST', body: changed })).status).toBe(409);
    expect((await lrs.statements()).filter((s) => s.id === sent.id)).toHaveLength(1);
  });

  it('refuses a request without a 1.0.x X-Experience-API-Version with 400, except `about`', async () => {
    const sent = statement();
    for (const version of [undefined, '2.0.0', '0.95']) {
      const response = await xapi('statements', { method: 'POST', body: sent, headers: { 'X-Experience-API-Version': version } });
      expect(response.status).toBe(400);
      expect((await xapi(stateUrl({ stateId: 'x' }), { headers: { 'X-Experience-API-Version': version } })).status).toBe(400);
    }
    expect((await xapi('statements', { method: 'POST', body: sent, headers: { 'X-Experience-API-Version': '1.0' } })).status).toBe(200);
    const about = await fetch(new URL('about', lrs.endpoint));
    expect([about.status, about.headers.get('x-experience-api-version')]).toEqual([200, '1.0.3']);
  });

  it('refuses wrong or missing credentials with 401', async () => {
    const wrong = `Basic ${Buffer.from('coursewright:wrong').toString('base64')}`;
    for (const authorization of [wrong, undefined, lrs.auth.replace('Basic', 'Bearer')]) {
      const response = await xapi('statements', { headers: { Authorization: authorization } });
      expect([response.status, response.headers.get('www-authenticate')]).toEqual([401, expect.stringMatching(/^Basic/)]);
      expect((await xapi(stateUrl({ stateId: 'x' }), { headers: { Authorization: authorization } })).status).toBe(401);
    }
  });

  it('rejects an invalid statement, which validate flags too', async () => {
    const invalid = statement({ result: { score: { scaled: 85 } } });
    expect(lrs.validate(invalid)).toEqual([expect.stringMatching(/^statement\.result\.score\.scaled: .*found 85/)]);
    const post = await xapi('statements', { method: 'POST', body: invalid });
    expect([post.status, await post.text()]).toEqual([400, expect.stringContaining('result.score.scaled')]);
    expect((await xapi(`statements?statementId=${invalid.id}`)).status).toBe(404);
  });

  it('gives every statement back, oldest first, across pages', async () => {
    const batch = Array.from({ length: 130 }, (_, i) => statement({ object: { id: `${activityId}/page-${i}` } }));
    expect((await xapi('statements', { method: 'POST', body: batch })).status).toBe(200);
    const read = (await lrs.statements()).filter((s) => String((s.object as { id: string }).id).includes('/page-'));
    expect(read.map((s) => s.id)).toEqual(batch.map((s) => s.id));
  });
});

describe('State API stand-in', () => {
  it('answers 404 when absent, 204 to PUT, and GET with a quoted SHA-1 ETag', async () => {
    const registration = randomUUID();
    expect((await xapi(stateUrl({ stateId: 'bookmark', registration }))).status).toBe(404);
    const put = await xapi(stateUrl({ stateId: 'bookmark', registration }), { method: 'PUT', body: 'page-3', headers: { 'Content-Type': 'text/plain' } });
    expect(put.status).toBe(204);
    const get = await xapi(stateUrl({ stateId: 'bookmark', registration }));
    expect([get.status, get.headers.get('etag'), get.headers.get('content-type'), await get.text()]).toEqual([200, sha1('page-3'), 'text/plain', 'page-3']);
    expect(lrs.state(activityId, learner, 'bookmark', registration)).toBe('page-3');
    expect(lrs.state(activityId, learner, 'bookmark')).toBeUndefined();
  });

  it('honours If-Match and If-None-Match with 412, and If-None-Match on GET with 304', async () => {
    const url = stateUrl({ stateId: 'progress', registration: randomUUID() });
    expect((await xapi(url, { method: 'PUT', body: { a: 1 }, headers: { 'If-Match': sha1('{}') } })).status).toBe(412);
    expect((await xapi(url, { method: 'PUT', body: { a: 1 }, headers: { 'If-None-Match': '*' } })).status).toBe(204);
    const etag = (await xapi(url)).headers.get('etag') ?? '';
    expect(etag).toBe(sha1('{"a":1}'));
    expect((await xapi(url, { method: 'PUT', body: { a: 2 }, headers: { 'If-None-Match': '*' } })).status).toBe(412);
    expect((await xapi(url, { method: 'PUT', body: { a: 2 }, headers: { 'If-Match': sha1('{"a":0}') } })).status).toBe(412);
    expect((await xapi(url, { method: 'POST', body: { b: 2 }, headers: { 'If-Match': '"stale"' } })).status).toBe(412);
    expect((await xapi(url, { method: 'DELETE', headers: { 'If-Match': '"stale"' } })).status).toBe(412);
    expect((await xapi(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await xapi(url, { method: 'PUT', body: { a: 2 }, headers: { 'If-Match': etag } })).status).toBe(204);
    expect((await xapi(url, { method: 'PUT', body: { a: 3 } })).status).toBe(204);
  });

  it('merges JSON objects on POST and refuses to merge anything else with 400', async () => {
    const registration = randomUUID();
    const url = (stateId: string) => stateUrl({ stateId, registration });
    expect((await xapi(url('s'), { method: 'POST', body: { a: 1, b: { x: 1 } } })).status).toBe(204);
    expect((await xapi(url('s'), { method: 'POST', body: { b: { y: 2 }, c: 3 } })).status).toBe(204);
    expect(lrs.state(activityId, learner, 's', registration)).toEqual({ a: 1, b: { y: 2 }, c: 3 });
    expect((await xapi(url('s'), { method: 'POST', body: [1, 2] })).status).toBe(400);
    expect((await xapi(url('s'), { method: 'POST', body: 'x=1', headers: { 'Content-Type': 'text/plain' } })).status).toBe(400);
    await xapi(url('text'), { method: 'PUT', body: 'plain', headers: { 'Content-Type': 'text/plain' } });
    expect((await xapi(url('text'), { method: 'POST', body: { a: 1 } })).status).toBe(400);
    expect(lrs.state(activityId, learner, 'text', registration)).toBe('plain');
  });

  it('lists ids, deletes one or all, and refuses malformed parameters with 400', async () => {
    const registration = randomUUID();
    for (const stateId of ['one', 'two']) await xapi(stateUrl({ stateId, registration }), { method: 'PUT', body: {} });
    expect(await (await xapi(stateUrl({ registration }))).json()).toEqual(['one', 'two']);
    expect((await xapi(stateUrl({ stateId: 'one', registration }), { method: 'DELETE' })).status).toBe(204);
    expect((await xapi(stateUrl({ stateId: 'one', registration }))).status).toBe(404);
    expect((await xapi(stateUrl({ registration }), { method: 'DELETE' })).status).toBe(204);
    expect(await (await xapi(stateUrl({ registration }))).json()).toEqual([]);
    const malformed: Record<string, string>[] = [{ stateID: 'x' }, { stateId: 'x', registration: 'not-a-uuid' }, { stateId: 'x', agent: '{"name":"No IFI"}' }];
    for (const params of malformed) {
      expect((await xapi(stateUrl(params))).status).toBe(400);
    }
  });
});

describe('CORS', () => {
  it('answers a preflight with the methods and headers xAPI clients send', async () => {
    const response = await fetch(new URL('activities/state', lrs.endpoint), {
      method: 'OPTIONS',
      headers: { Origin: courseOrigin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,if-match' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(courseOrigin);
    expect(response.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']);
    expect(response.headers.get('access-control-allow-headers')?.split(/,\s*/)).toEqual(
      ['Authorization', 'Content-Type', 'X-Experience-API-Version', 'If-Match', 'If-None-Match'],
    );
    expect(lrs.requests().at(-1)).toMatchObject({ method: 'OPTIONS', preflight: true, status: 204, headers: { origin: courseOrigin } });
  });

  it('puts one set of CORS headers on every answer, from xapi-statements or the stand-ins', async () => {
    const answers = [
      await xapi('statements?limit=1', { headers: { Origin: courseOrigin } }),
      await xapi(stateUrl({ stateId: 'absent' }), { headers: { Origin: courseOrigin } }),
      await xapi('statements', { headers: { Origin: courseOrigin, Authorization: undefined } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 404, 401]);
    for (const answer of answers) {
      expect(answer.headers.get('access-control-allow-origin')).toBe(courseOrigin);
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      expect(answer.headers.get('access-control-expose-headers')).toMatch(/^ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through$/);
      expect(answer.headers.get('x-experience-api-version')).toBe('1.0.3');
    }
  });
});

describe('cmi5 LMS role', () => {
  it('writes LMS.LaunchData and learner preferences, and builds the launch query', async () => {
    const registration = randomUUID();
    const returnURL = `${courseOrigin}/done`;
    const learnerPreferences = { languagePreference: 'fr-FR,en-US', audioPreference: 'off' as const };
    const launch = lrs.cmi5Launch({ activityId, actor: learner, registration, masteryScore: 0.8, moveOn: 'Passed', returnURL, learnerPreferences });
    expect(Object.fromEntries(new URLSearchParams(launch.query))).toEqual({
      endpoint: lrs.endpoint, fetch: launch.fetchUrl, actor: JSON.stringify(learner), registration, activityId,
    });
    expect(launch.query).toContain(`activityId=${encodeURIComponent(activityId)}`);
    const launchData = await xapi(stateUrl({ stateId: 'LMS.LaunchData', registration }));
    expect(await launchData.json()).toEqual({
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: activityId }] },
        extensions: { [sessionIdExtension]: launch.sessionId },
      },
      launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.8, returnURL,
    });
    const profile = `agents/profile?${new URLSearchParams({ agent: JSON.stringify(learner), profileId: 'cmi5LearnerPreferences' })}`;
    const preferences = await xapi(profile);
    expect([preferences.status, preferences.headers.get('etag'), await preferences.json()]).toEqual([200, expect.stringMatching(/^"[0-9a-f]{40}"$/), learnerPreferences]);
    expect((await xapi(profile, { method: 'PUT', body: { audioPreference: 'on' } })).status).toBe(403);
    expect((await xapi(profile.replace('cmi5LearnerPreferences', 'other'))).status).toBe(404);
  });

  it('hands out the auth token on the first POST to the fetch URL only', async () => {
    const { fetchUrl } = lrs.cmi5Launch({ activityId, actor: learner, registration: randomUUID() });
    expect((await fetch(fetchUrl)).status).toBe(405);
    const first = await fetch(fetchUrl, { method: 'POST', headers: { Origin: courseOrigin } });
    expect(first.headers.get('access-control-allow-origin')).toBe(courseOrigin);
    const token = ((await first.json()) as Record<string, string>)['auth-token'];
    expect(`Basic ${token}`).toBe(lrs.auth);
    expect((await xapi('statements?limit=1', { headers: { Authorization: `Basic ${token}` } })).status).toBe(200);
    const second = await fetch(fetchUrl, { method: 'POST' });
    expect([second.status, await second.json()]).toEqual([200, { 'error-code': '1', 'error-text': expect.any(String) }]);
  });
});

describe('fault injection', () => {
  it("'refuse' answers every xAPI request 503, yet preflights and the harness's own reads go through", async () => {
    lrs.faults.set('refuse');
    const sent = statement();
    const refused = await xapi('statements', { method: 'POST', body: sent, headers: { Origin: courseOrigin } });
    expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([503, courseOrigin]);
    expect((await xapi(stateUrl({ stateId: 'x' }))).status).toBe(503);
    expect((await fetch(new URL('statements', lrs.endpoint), { method: 'OPTIONS' })).status).toBe(204);
    expect((await lrs.statements()).map((s) => s.id)).not.toContain(sent.id);
    expect(lrs.requests().filter((r) => r.fault === 'refuse')).toHaveLength(2);
    lrs.faults.set('none');
    expect((await xapi('statements', { method: 'POST', body: sent })).status).toBe(200);
  });

  it("'drop' closes the connection without an answer", async () => {
    lrs.faults.set('drop');
    await expect(xapi('statements', { method: 'POST', body: statement() })).rejects.toThrow();
    expect(lrs.requests().at(-1)).toMatchObject({ path: '/xapi/statements', status: 0, fault: 'drop' });
  });

  it("'reject-state' answers state writes 503 and lets reads and statements through", async () => {
    lrs.faults.set('reject-state');
    const url = stateUrl({ stateId: 'rejected' });
    expect((await xapi(url, { method: 'PUT', body: { a: 1 } })).status).toBe(503);
    expect((await xapi(url)).status).toBe(404);
    expect((await xapi('statements', { method: 'POST', body: statement() })).status).toBe(200);
  });
});

describe('request log and harness', () => {
  it('logs method, path, query, status, lower-case headers and body, but not the harness reads', async () => {
    const sent = statement();
    await xapi('statements', { method: 'POST', body: sent, headers: { Origin: courseOrigin } });
    const logged = lrs.requests().length;
    await lrs.statements();
    expect(lrs.requests()).toHaveLength(logged);
    expect(lrs.requests().at(-1)).toEqual({
      method: 'POST', path: '/xapi/statements', query: {}, status: 200, body: JSON.stringify(sent),
      headers: { authorization: lrs.auth, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json', origin: courseOrigin },
    });
  });

  it('starts empty, listens on 127.0.0.1 only, connects to nothing else, and leaves nothing open', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const servers = () => process.getActiveResourcesInfo().filter((name) => name === 'TCPServerWrap').length;
    const [serversBefore, handlersBefore] = [servers(), process.listenerCount('uncaughtException')];
    const second = await startTestLrs();
    try {
      expect(servers()).toBe(serversBefore + 1);
      expect(process.listenerCount('uncaughtException')).toBe(handlersBefore);
      expect(await second.statements()).toEqual([]);
      const { host } = new URL(second.endpoint);
      expect(new URL(second.endpoint).hostname).toBe('127.0.0.1');
      const targets = connect.mock.calls.map(([first, second]) => connectTarget(first, second));
      expect(new Set(targets)).toEqual(new Set([host]));
    } finally {
      connect.mockRestore();
      await second.close();
    }
    expect(servers()).toBe(serversBefore);
  });
});

/** `host:port` of a Socket#connect call, whichever of its argument shapes node:net used. */
function connectTarget(first: unknown, second: unknown): string {
  const options = Array.isArray(first) ? (first[0] as unknown) : first;
  if (typeof options === 'object' && options !== null) {
    const { host, port, path } = options as { host?: string; port?: number; path?: string };
    return path ?? `${host ?? 'localhost'}:${port}`;
  }
  return `${typeof second === 'string' ? second : 'localhost'}:${String(options)}`;
}
