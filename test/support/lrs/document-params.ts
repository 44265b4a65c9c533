import { agentKeyFromParam } from './agent-key.js';

/** The query parameters of a document request, checked. */
export interface DocumentParams {
  /** {@link agentKeyFromParam} of the `agent` parameter. */
  agent: string;
  /** The `since` parameter (ids stored or updated after it), when given. */
  since?: Date;
  values: URLSearchParams;
}

/**
 * Checks the parameters every document resource shares; a string is the reason for a 400. Unknown parameters are
 * refused, as xAPI 1.0.3 Communication §3.2 requires, so a client's misspelt `stateID` fails here as it would live.
 */
export function parseDocumentParams(url: URL, allowed: readonly string[]): DocumentParams | string {
  const values = url.searchParams;
  for (const name of values.keys()) {
    if (!allowed.includes(name)) return `Unexpected parameter "${name}"; expected one of ${allowed.join(', ')}.`;
  }
  const agent = agentKeyFromParam(values.get('agent'));
  if (agent === undefined) return 'Expected "agent" to be an Agent (JSON) with exactly one of mbox, mbox_sha1sum, openid or account.';
  const sinceText = values.get('since');
  if (sinceText === null) return { agent, values };
  const since = new Date(sinceText);
  if (Number.isNaN(since.getTime())) return `Expected "since" to be a timestamp, found "${sinceText}".`;
  return { agent, since, values };
}
