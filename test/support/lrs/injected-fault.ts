/**
 * Network trouble a test can switch on: `'refuse'` answers every xAPI request 503, `'drop'` closes the connection
 * without an answer, `'reject-state'` answers State Resource writes 503 and lets everything else through.
 * CORS preflights and the cmi5 fetch URL are never touched, so a browser sees exactly the failure chosen.
 */
export type FaultMode = 'none' | 'refuse' | 'drop' | 'reject-state';

/** The fault `mode` injects into one xAPI request, or undefined when the request goes through. */
export function injectedFault(mode: FaultMode, method: string, path: string): Exclude<FaultMode, 'none'> | undefined {
  if (mode === 'refuse' || mode === 'drop') return mode;
  if (mode === 'reject-state' && path === '/xapi/activities/state' && method !== 'GET') return mode;
  return undefined;
}
