import { describe, expect, it } from 'vitest';
import { Cmi5SessionStore } from '../../../src/runtime/tracking/cmi5/cmi5-session-store.js';
import { parseCmi5Launch } from '../../../src/runtime/tracking/cmi5/parse-cmi5-launch.js';
import { launchQuery, memorySessionStorage } from '../xapi/lrs-window.js';

const actor = { objectType: 'Agent', name: 'Ann', account: { homePage: 'https://lms.example.org', name: 'ann-1' } };
const params = {
  endpoint: 'https://lms.example.org/lrs/',
  fetch: 'https://lms.example.org/fetch/abc?x=1',
  actor: JSON.stringify(actor),
  registration: '9d4a1e62-0d0a-4c63-8c2b-0f4f1e4b9a77',
  activityId: 'https://lms.example.org/au/42',
};
const expected = { endpoint: params.endpoint, fetchUrl: params.fetch, actor, registration: params.registration, activityId: params.activityId };

describe('parseCmi5Launch', () => {
  it('reads the five parameters in any order and ignores others', () => {
    expect(parseCmi5Launch(launchQuery(params))).toEqual(expected);
    const reversed = Object.fromEntries(Object.entries({ lang: 'de', ...params }).reverse());
    expect(parseCmi5Launch(launchQuery(reversed))).toEqual(expected);
  });

  it('keeps the actor exactly as the LMS gave it', () => {
    expect(parseCmi5Launch(launchQuery(params))?.actor).toStrictEqual(actor);
  });

  it('is undefined when a parameter is missing or the actor has no account', () => {
    for (const name of Object.keys(params)) {
      const rest = Object.fromEntries(Object.entries(params).filter(([key]) => key !== name));
      expect(parseCmi5Launch(launchQuery(rest)), name).toBeUndefined();
    }
    expect(parseCmi5Launch(launchQuery({ ...params, actor: '{"mbox":"mailto:ann@example.org"}' }))).toBeUndefined();
  });
});

describe('Cmi5SessionStore', () => {
  const draft = { id: 'a1b2c3d4-0000-4000-8000-000000000000', timestamp: '2027-01-05T09:00:00.000Z', verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } }, object: { id: 'x:y' } };

  it('keeps the token, the sent verbs and the opening statement for a reload of the same session', () => {
    const storage = memorySessionStorage();
    const first = new Cmi5SessionStore(storage, params.registration, params.fetch);
    first.token = 'secret-token';
    expect(first.opening(() => draft)).toBe(draft);
    first.add('initialized');
    first.add('completed');
    const reloaded = new Cmi5SessionStore(storage, params.registration, params.fetch);
    expect(reloaded.token).toBe('secret-token');
    expect(reloaded.has('initialized') && reloaded.has('completed') && !reloaded.has('passed')).toBe(true);
  });

  it('starts afresh for a new launch (another fetch URL) in the same tab, and lives in memory when storage throws', () => {
    const storage = memorySessionStorage();
    new Cmi5SessionStore(storage, params.registration, params.fetch).add('terminated');
    expect(new Cmi5SessionStore(storage, params.registration, 'https://lms.example.org/fetch/next').has('terminated')).toBe(false);
    const broken = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    const store = new Cmi5SessionStore(broken, params.registration, params.fetch);
    store.add('initialized');
    expect(store.has('initialized')).toBe(true);
  });
});
