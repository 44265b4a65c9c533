import { parseJson } from '../parse-json.js';
import type { XapiAgent } from '../xapi/xapi-statement.js';

/** What a cmi5 launch URL says (cmi5 §8.1, standards 4.6). */
export interface Cmi5Launch {
  endpoint: string;
  /** The one-time URL that hands out the session's credential. */
  fetchUrl: string;
  /** The launch actor exactly as given: every request must carry it deep-equal (8.1.3.0-3). */
  actor: XapiAgent;
  registration: string;
  /** The AU's activity id: object of every statement cmi5 defines (8.1.5.0-6). */
  activityId: string;
}

/**
 * Reads the five cmi5 launch parameters from `location.search`, in any order, URL-decoded;
 * others are ignored. Undefined when one is missing or the actor is not an Agent with an account
 * (the page was not launched by a cmi5 LMS).
 */
export function parseCmi5Launch(search: string): Cmi5Launch | undefined {
  const params = new URLSearchParams(search);
  const value = (name: string): string | undefined => params.get(name)?.trim() || undefined;
  const endpoint = value('endpoint');
  const fetchUrl = value('fetch');
  const registration = value('registration');
  const activityId = value('activityId');
  const actor = parseJson(params.get('actor') ?? '');
  if (!endpoint || !fetchUrl || !registration || !activityId || !isAccountAgent(actor)) return undefined;
  return { endpoint, fetchUrl, actor, registration, activityId };
}

function isAccountAgent(value: unknown): value is XapiAgent {
  if (typeof value !== 'object' || value === null) return false;
  const account = (value as XapiAgent).account;
  return typeof account === 'object' && account !== null && typeof account.homePage === 'string' && typeof account.name === 'string';
}
