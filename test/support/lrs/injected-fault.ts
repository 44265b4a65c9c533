/**
 * Network trouble a test can switch on: `'refuse'` answers every xAPI request 503, `'drop'` closes the connection
 * without an answer, `'reject-state'` answers State Resource writes 503 and lets everything else through,
 * `'refuse-fetch'` answers the cmi5 fetch URL 503 (before the LMS gives out the token) and nothing else,
 * `'reject-auth'` answers every xAPI request 401, as an LRS does once a session's credential has expired.
 * CORS preflights are never touched, nor the fetch URL but by `'refuse-fetch'`, so a browser sees exactly the failure chosen.
 */
export type FaultMode = 'none' | 'refuse' | 'drop' | 'reject-state' | 'refuse-fetch' | 'reject-auth';

/** The fault `mode` injects into one request (`path` under /xapi/ or /cmi5/fetch/), or undefined when it goes through. */
export function injectedFault(mode: FaultMode, method: string, path: string): Exclude<FaultMode, 'none'> | undefined {
  const fetchUrl = path.startsWith('/cmi5/fetch/');
  if (mode === 'refuse-fetch') return fetchUrl ? mode : undefined;
  if (fetchUrl) return undefined;
  if (mode === 'refuse' || mode === 'drop' || mode === 'reject-auth') return mode;
  if (mode === 'reject-state' && path === '/xapi/activities/state' && method !== 'GET') return mode;
  return undefined;
}
