// Stand-in: the xAPI State Resource (xAPI 1.0.3 Communication §2.3, with the document rules of §2.2 and the
// concurrency rules of §3.1) is implemented here, because xapi-statements implements only the Statement Resource and
// no LRS with a State API installs from npm here. It keeps to the spec on the points courses trip over: 404 for a
// missing document, a quoted SHA-1 ETag on every GET, 412 when If-Match / If-None-Match fail, PUT replacing, POST
// merging top-level properties of JSON objects (400 when either side is not one), 204 on writes, 400 on unknown
// parameters. Not implemented: the alternate request syntax (method= in a form POST), which no course here uses.
import type { ServerResponse } from 'node:http';
import type { BufferedRequest } from './buffer-request.js';
import { parseDocumentParams } from './document-params.js';
import { isJsonType, type DocumentStore, type StoredDocument } from './document-store.js';
import { preconditionFailed } from './preconditions.js';
import { respond } from './respond.js';
import { sendDocument, sendIds } from './send-document.js';

const allowedParams = ['activityId', 'agent', 'registration', 'stateId', 'since'] as const;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The store scope of the state documents of one activity, agent (see `agentKey`) and registration. */
export function stateScope(activityId: string, agent: string, registration?: string): string[] {
  return ['state', activityId, agent, registration ?? ''];
}

/** Answers one State Resource request: a document by `stateId`, or without it the list of ids (GET) or all (DELETE). */
export function handleStateRequest(store: DocumentStore, request: BufferedRequest, response: ServerResponse): void {
  const params = parseDocumentParams(request.url, allowedParams);
  if (typeof params === 'string') return respond(response, 400, params);
  const activityId = params.values.get('activityId');
  const registration = params.values.get('registration') ?? undefined;
  if (!activityId) return respond(response, 400, 'Expected an "activityId" parameter.');
  if (registration !== undefined && !uuid.test(registration)) {
    return respond(response, 400, `Expected "registration" to be a UUID, found "${registration}".`);
  }
  const scope = stateScope(activityId, params.agent, registration);
  const stateId = params.values.get('stateId');
  if (stateId === null) return answerForAll(store, scope, params.since, request, response);
  const current = store.get(scope, stateId);
  if (request.method === 'GET') return sendDocument(request, response, current);
  if (!['PUT', 'POST', 'DELETE'].includes(request.method)) {
    return respond(response, 405, `Unexpected method ${request.method}.`, { Allow: 'GET, PUT, POST, DELETE' });
  }
  if (preconditionFailed(request.headers, current)) {
    return respond(response, 412, 'If-Match or If-None-Match does not hold for the stored document; GET it again first.');
  }
  if (request.method === 'DELETE') {
    store.delete(scope, stateId);
  } else if (request.method === 'PUT') {
    store.put(scope, stateId, request.body, request.headers['content-type'] ?? 'application/octet-stream');
  } else {
    const merged = mergeJson(current, request.body, request.headers['content-type'] ?? '');
    if (typeof merged === 'string') return respond(response, 400, merged);
    store.put(scope, stateId, merged, 'application/json');
  }
  respond(response, 204);
}

/** Requests without `stateId`: GET lists the ids (since `since`), DELETE removes every document in the scope. */
function answerForAll(store: DocumentStore, scope: string[], since: Date | undefined, request: BufferedRequest, response: ServerResponse): void {
  if (request.method === 'GET') return sendIds(response, store.ids(scope, since));
  if (request.method !== 'DELETE') return respond(response, 400, `Expected a "stateId" parameter for ${request.method}.`);
  store.clear(scope);
  respond(response, 204);
}

/** The document a POST leaves (§2.2): the posted object's top-level properties set on the stored one; a string is why not. */
function mergeJson(current: StoredDocument | undefined, body: Buffer, contentType: string): Buffer | string {
  const posted = jsonObject(body, contentType);
  if (posted === undefined) return 'POST merges JSON objects: expected an application/json body holding an object.';
  if (current === undefined) return Buffer.from(JSON.stringify(posted));
  const stored = jsonObject(current.contents, current.contentType);
  if (stored === undefined) return 'The stored document is not an application/json object, so POST cannot merge into it; PUT replaces it.';
  return Buffer.from(JSON.stringify({ ...stored, ...posted }));
}

function jsonObject(contents: Buffer, contentType: string): Record<string, unknown> | undefined {
  if (!isJsonType(contentType)) return undefined;
  try {
    const value: unknown = JSON.parse(contents.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
