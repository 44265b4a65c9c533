// Stand-in: the xAPI Agent Profile Resource, for reading (xAPI 1.0.3 Communication §2.6: GET of one document by
// profileId with its ETag, 404 when absent, or the list of ids), because xapi-statements does not implement it and no
// LRS with document resources installs from npm here. Writes are refused with 403, which cmi5 §11 allows an LMS to do
// for learner preferences (and obliges the AU not to treat as an error); the LMS side writes through the store.
import type { ServerResponse } from 'node:http';
import type { BufferedRequest } from './buffer-request.js';
import { parseDocumentParams } from './document-params.js';
import type { DocumentStore } from './document-store.js';
import { respond } from './respond.js';
import { sendDocument, sendIds } from './send-document.js';

const allowedParams = ['agent', 'profileId', 'since'] as const;

/** The store scope of one agent's profile documents (see `agentKey`). */
export function agentProfileScope(agent: string): string[] {
  return ['agent-profile', agent];
}

/** Answers one Agent Profile Resource request. */
export function handleAgentProfileRequest(store: DocumentStore, request: BufferedRequest, response: ServerResponse): void {
  const params = parseDocumentParams(request.url, allowedParams);
  if (typeof params === 'string') return respond(response, 400, params);
  if (request.method !== 'GET') {
    return respond(response, 403, 'This test LRS keeps agent profiles read-only (cmi5 §11 lets an LMS refuse learner-preference changes).');
  }
  const scope = agentProfileScope(params.agent);
  const profileId = params.values.get('profileId');
  if (profileId === null) return sendIds(response, store.ids(scope, params.since));
  sendDocument(request, response, store.get(scope, profileId));
}
