import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatXapiDuration } from '../../../src/runtime/tracking/xapi/format-xapi-duration.js';
import { normalizeActor } from '../../../src/runtime/tracking/xapi/normalize-actor.js';
import { parseXapiLaunch } from '../../../src/runtime/tracking/xapi/parse-xapi-launch.js';
import { uuidV4 } from '../../../src/runtime/tracking/xapi/uuid-v4.js';

const query = (params: Record<string, string>): string => '?' + Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');

describe('normalizeActor', () => {
  it('keeps an xAPI 1.0 agent as it is, so it stays deep-equal to the launch actor', () => {
    const agent = { objectType: 'Agent', name: 'Ann', mbox: 'mailto:ann@example.org' };
    expect(normalizeActor(agent)).toBe(agent);
    expect(normalizeActor({ account: { homePage: 'https://lms.example.org', name: '42' } })).toEqual({ account: { homePage: 'https://lms.example.org', name: '42' } });
  });

  it('reads the Tin Can 0.9 form as TinCanJS does: first array element, account renamed', () => {
    expect(normalizeActor({ name: ['Ann Lee'], mbox: ['mailto:ann@example.org'] })).toEqual({ name: 'Ann Lee', mbox: 'mailto:ann@example.org' });
    expect(normalizeActor({ name: ['Ann'], account: [{ accountServiceHomePage: 'https://lms.example.org', accountName: 'ann-1' }] })).toEqual({
      name: 'Ann',
      account: { homePage: 'https://lms.example.org', name: 'ann-1' },
    });
    expect(normalizeActor({ mbox: ['ann@example.org'] })).toEqual({ mbox: 'mailto:ann@example.org' });
  });

  it('refuses what is not an Agent with exactly one identifier', () => {
    expect(normalizeActor({ name: 'Ann' })).toBeUndefined();
    expect(normalizeActor({ mbox: 'mailto:a@example.org', account: { homePage: 'https://x.org', name: 'a' } })).toBeUndefined();
    expect(normalizeActor({ objectType: 'Group', mbox: 'mailto:team@example.org' })).toBeUndefined();
    expect(normalizeActor({ name: ['Ann'] })).toBeUndefined();
    expect(normalizeActor('mailto:ann@example.org')).toBeUndefined();
  });
});

describe('parseXapiLaunch', () => {
  const base = { endpoint: 'https://lrs.example.org/xapi', auth: 'Basic dXNlcjpwYXNz', actor: '{"mbox":"mailto:ann@example.org","name":"Ann"}' };

  it('reads endpoint, auth verbatim, actor, registration and activity_id, and keeps unknown parameters for the LRS', () => {
    const launch = parseXapiLaunch(query({ ...base, registration: 'f6a9f6a1-6e1e-4d0c-9d6c-2a1a43b8b9c1', activity_id: 'https://courses.example.org/respect', grouping: 'x', 'Accept-Language': 'de', content_token: 't 1' }));
    expect(launch).toEqual({
      endpoint: 'https://lrs.example.org/xapi',
      auth: 'Basic dXNlcjpwYXNz',
      actor: { mbox: 'mailto:ann@example.org', name: 'Ann' },
      registration: 'f6a9f6a1-6e1e-4d0c-9d6c-2a1a43b8b9c1',
      activityId: 'https://courses.example.org/respect',
      extended: { content_token: 't 1' },
    });
  });

  it('normalises a legacy actor in the launch link', () => {
    expect(parseXapiLaunch(query({ ...base, actor: '{"name":["Ann"],"mbox":["mailto:ann@example.org"]}' }))?.actor).toEqual({ name: 'Ann', mbox: 'mailto:ann@example.org' });
  });

  it('puts back the + of a Base64 credential an LMS did not encode', () => {
    expect(parseXapiLaunch(`?endpoint=${encodeURIComponent(base.endpoint)}&auth=Basic+dXN+lcj+w==&actor=${encodeURIComponent(base.actor)}`)?.auth).toBe('Basic dXN+lcj+w==');
  });

  it('is undefined without an endpoint or a usable actor (the course then plays untracked)', () => {
    expect(parseXapiLaunch('')).toBeUndefined();
    expect(parseXapiLaunch(query({ auth: base.auth, actor: base.actor }))).toBeUndefined();
    expect(parseXapiLaunch(query({ endpoint: base.endpoint, auth: base.auth }))).toBeUndefined();
    expect(parseXapiLaunch(query({ ...base, actor: '{not json' }))).toBeUndefined();
    expect(parseXapiLaunch(query({ ...base, actor: '{"name":"Ann"}' }))).toBeUndefined();
  });
});

describe('formatXapiDuration', () => {
  it('writes ISO 8601 durations with at most two decimals of seconds', () => {
    expect(formatXapiDuration(0)).toBe('PT0S');
    expect(formatXapiDuration(62_500)).toBe('PT1M2.5S');
    expect(formatXapiDuration(3_600_000)).toBe('PT1H');
    expect(formatXapiDuration(90_061_234)).toBe('PT25H1M1.23S');
    expect(formatXapiDuration(-5)).toBe('PT0S');
  });
});

describe('uuidV4', () => {
  it('makes distinct RFC 4122 version 4 ids', () => {
    const ids = Array.from({ length: 200 }, () => uuidV4(webcrypto));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
