import { parseJson } from '../parse-json.js';
import { normalizeActor } from './normalize-actor.js';
import type { XapiAgent } from './xapi-statement.js';

/** What a Tin Can launch link says (standards 3.16, 3.17, 3.19). */
export interface XapiLaunch {
  /** LRS endpoint as given (the client adds the slash before a resource). */
  endpoint: string;
  /** The whole Authorization header value, e.g. `Basic abc=`; empty when the LRS needs none. */
  auth: string;
  actor: XapiAgent;
  registration?: string;
  /** The launch `activity_id`, when the LMS gave one. */
  activityId?: string;
  /** Parameters this launch adds for its LRS, echoed on LRS requests as TinCanJS does (standards 3.16). */
  extended: Record<string, string>;
}

/** Launch and xAPI resource parameters: never echoed to the LRS (TinCanJS's reserved list). */
const reserved = new Set(
  'endpoint auth actor registration activity_id activity_platform grouping Accept-Language statementId voidedStatementId verb object context since until limit authoritative sparse instructor ascending continueToken agent activityId stateId profileId'.split(' '),
);

/**
 * Reads the Tin Can launch parameters from `location.search`; undefined when `endpoint` or a
 * usable `actor` is missing (the page was not launched by an LMS, and the course plays untracked).
 * Other launch parameters (`grouping`, `Accept-Language`, …) are ignored; unknown ones are kept in
 * `extended` for the LRS.
 */
export function parseXapiLaunch(search: string): XapiLaunch | undefined {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint')?.trim();
  const actorText = params.get('actor');
  if (!endpoint || !actorText) return undefined;
  const actor = normalizeActor(parseJson(actorText));
  if (!actor) return undefined;
  const registration = params.get('registration')?.trim();
  const activityId = params.get('activity_id')?.trim();
  const extended: Record<string, string> = {};
  params.forEach((value, name) => {
    if (!reserved.has(name)) extended[name] = value;
  });
  return {
    endpoint,
    auth: repairAuth(params.get('auth') ?? ''),
    actor,
    ...(registration ? { registration } : {}),
    ...(activityId ? { activityId } : {}),
    extended,
  };
}

/**
 * Query decoding turns `+` into a space, which breaks a Base64 credential an LMS forgot to
 * encode (`auth=Basic+dXNlcjpw+w==`). Credentials never hold spaces after the scheme's, so
 * those are put back.
 */
function repairAuth(auth: string): string {
  const space = auth.indexOf(' ');
  return space < 0 ? auth : auth.slice(0, space + 1) + auth.slice(space + 1).replace(/ /g, '+');
}
