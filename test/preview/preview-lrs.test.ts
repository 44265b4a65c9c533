import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewLrs } from '../../src/preview/preview-lrs.js';

const lrs = createPreviewLrs();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    void lrs.handle(url.pathname, url.searchParams, request, response).then((handled) => handled || response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${lrs.path}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const call = (resource: string, init: RequestInit = {}, auth = lrs.authorization): Promise<Response> =>
  fetch(base + resource, { ...init, headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', ...(init.headers as Record<string, string>) } });

describe("the preview's stand-in LRS", () => {
  it('answers only to the credentials made for this run', async () => {
    expect((await call('statements', {}, 'Basic cHJldmlldzp3cm9uZw==')).status).toBe(401);
    expect((await call('statements')).status).toBe(200);
    expect(createPreviewLrs().authorization).not.toBe(lrs.authorization);
  });

  it('stores statements, gives their ids, finds one by id and refuses an id twice', async () => {
    const reply = await call('statements', { method: 'POST', body: JSON.stringify([{ id: 'a1b2c3d4-0000-4000-8000-000000000001', verb: { id: 'http://adlnet.gov/expapi/verbs/answered' } }, { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } }]) });
    const ids = (await reply.json()) as string[];
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(lrs.statements.map((s) => s.id)).toEqual(ids);
    expect(((await (await call(`statements?statementId=${ids[1]}`)).json()) as { verb: { id: string } }).verb.id).toMatch(/completed$/);
    expect((await call('statements', { method: 'POST', body: JSON.stringify({ id: ids[0] }) })).status).toBe(409);
    expect((await call('statements', { method: 'POST', body: '"not a statement"' })).status).toBe(400);
  });

  it('launches a cmi5 AU as an LMS does: launch data for the learner, a token URL that works once', async () => {
    const actor = { objectType: 'Agent', account: { homePage: 'http://127.0.0.1', name: 'preview-learner' }, name: 'Preview, Author' };
    const query = new URLSearchParams(lrs.launchCmi5('http://127.0.0.1', { activityId: 'urn:x/au', actor, registration: 'r-1', launchData: { launchMode: 'Normal', moveOn: 'Completed' } }));
    expect([...query.keys()]).toEqual(['endpoint', 'fetch', 'actor', 'registration', 'activityId']);
    const fetchUrl = new URL(query.get('fetch') ?? '');
    const token = (url: string): Promise<Response> => fetch(base + url.slice(url.indexOf(lrs.path) + lrs.path.length), { method: 'POST' });
    expect(await (await token(fetchUrl.pathname)).json()).toEqual({ 'auth-token': lrs.authorization.slice('Basic '.length) });
    expect(((await (await token(fetchUrl.pathname)).json()) as Record<string, string>)['error-code']).toBe('1');
    // The AU writes the learner its own way (key order): the same learner's launch data all the same.
    const agent = JSON.stringify({ name: 'Preview, Author', account: { name: 'preview-learner', homePage: 'http://127.0.0.1' } });
    const launchData = await call(`activities/state?activityId=urn%3Ax%2Fau&agent=${encodeURIComponent(agent)}&registration=r-1&stateId=LMS.LaunchData`);
    expect(await launchData.json()).toEqual({ launchMode: 'Normal', moveOn: 'Completed' });
  });

  it('keeps state documents with ETags and refuses a write over a changed one (412)', async () => {
    const at = `activities/state?activityId=${encodeURIComponent('urn:x')}&agent=%7B%7D&stateId=s`;
    expect((await call(at)).status).toBe(404);
    const first = await call(at, { method: 'PUT', body: '{"a":1}', headers: { 'if-none-match': '*' } });
    expect(first.status).toBe(204);
    const etag = first.headers.get('etag') ?? '';
    expect((await call(at, { method: 'PUT', body: '{"a":2}', headers: { 'if-none-match': '*' } })).status).toBe(412);
    expect((await call(at, { method: 'PUT', body: '{"a":2}', headers: { 'if-match': '"stale"' } })).status).toBe(412);
    expect((await call(at, { method: 'PUT', body: '{"a":2}', headers: { 'if-match': etag } })).status).toBe(204);
    expect((await call(at, { method: 'POST', body: '{"b":3}' })).status).toBe(204);
    expect(await (await call(at)).json()).toEqual({ a: 2, b: 3 });
  });

  it("gives the inspector a learner's state document and takes a changed one, which a course holding the old ETag may not overwrite", async () => {
    const actor = { objectType: 'Agent', account: { homePage: 'http://127.0.0.1', name: 'preview-learner' } };
    const registration = 'c0ffee00-0000-4000-8000-000000000001';
    const at = `activities/state?activityId=${encodeURIComponent('urn:x/au')}&agent=${encodeURIComponent(JSON.stringify(actor))}&registration=${registration}&stateId=coursewright-state`;
    const address = { activityId: 'urn:x/au', agent: actor, registration, stateId: 'coursewright-state' };
    let told = 0;
    lrs.onState = () => told++;
    const written = await call(at, { method: 'PUT', body: '{"state":"old"}', headers: { 'if-none-match': '*' } });
    expect(told).toBe(1);
    expect(lrs.readState(address)).toBe('{"state":"old"}');
    expect(lrs.readState({ ...address, registration: 'c0ffee00-0000-4000-8000-000000000002' })).toBeUndefined();
    lrs.writeState(address, '{"state":"moved"}');
    expect(await (await call(at)).json()).toEqual({ state: 'moved' });
    expect((await call(at, { method: 'PUT', body: '{"state":"stale"}', headers: { 'if-match': written.headers.get('etag') ?? '' } })).status).toBe(412);
    expect(lrs.readState(address)).toBe('{"state":"moved"}');
  });
});
