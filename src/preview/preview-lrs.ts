import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJson } from '../runtime/tracking/parse-json.js';

/** A statement as the preview's stand-in LRS received it. */
export interface ReceivedStatement {
  id: string;
  /** When it arrived (ISO 8601), as the LRS's `stored`. */
  stored: string;
  statement: Record<string, unknown>;
}

/** The preview's stand-in for a learning record store (see `createPreviewLrs`). */
export interface PreviewLrs {
  /** Path the LRS answers under, ending in `/`: the xAPI launch's `endpoint`, on the preview's own address. */
  readonly path: string;
  /** The launch's `auth` value (HTTP Basic), made for this run only. */
  readonly authorization: string;
  /** Statements received, oldest first. */
  readonly statements: readonly ReceivedStatement[];
  /**
   * What a cmi5 LMS does before launching an AU (cmi5 §8, §10): writes its LMS.LaunchData state
   * document and makes a one-time fetch URL for the auth token. Gives the launch link's query.
   */
  launchCmi5(origin: string, launch: { activityId: string; actor: Record<string, unknown>; registration: string; launchData: Record<string, unknown> }): string;
  /** A State API document as stored, e.g. the player's saved learner state; undefined when there is none. */
  readState(address: StateAddress): string | undefined;
  /**
   * Replaces a State API document, as a PUT does. Its ETag changes, so a player still holding the
   * old one has its next write refused (412) and reads the document again.
   */
  writeState(address: StateAddress, text: string): void;
  /** Answers a request under `path`; false when the path is not the LRS's. */
  handle(path: string, query: URLSearchParams, request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** Told after each statement is stored. */
  onStatement?: () => void;
  /** Told after a launched course wrote a State API document. */
  onState?: () => void;
}

/** Which State API document: one per activity, learner (Agent), registration and id. */
export interface StateAddress {
  activityId: string;
  agent: Record<string, unknown>;
  registration: string;
  stateId: string;
}

const version = '1.0.3';
const maxBody = 1024 * 1024;

/**
 * A small in-memory statement recorder with the xAPI State API (and the bit of a cmi5 LMS an AU
 * needs: its launch data and token), enough for a course's own xAPI or cmi5 runtime to run in the
 * preview and for the inspector to list what it sent. It is the preview's
 * stand-in, not an LRS to rely on: it keeps nothing after the preview stops, checks statements
 * only for being JSON objects, and answers only on 127.0.0.1, to the credentials it makes for
 * this run (which are given to the page's launch link and never written into a package).
 */
export function createPreviewLrs(path = '/__preview/lrs/'): PreviewLrs {
  const authorization = `Basic ${Buffer.from(`preview:${randomBytes(18).toString('base64url')}`).toString('base64')}`;
  const statements: ReceivedStatement[] = [];
  const documents = new Map<string, { text: string; etag: string }>();
  const fetchUrls = new Map<string, boolean>();
  const documentKey = (resource: string, query: URLSearchParams): string =>
    [resource, query.get('activityId'), agentKey(query.get('agent')), query.get('registration'), query.get('stateId'), query.get('profileId')].join('\n');
  const stateKey = ({ activityId, agent, registration, stateId }: StateAddress): string => documentKey('activities/state', new URLSearchParams({ activityId, agent: JSON.stringify(agent), registration, stateId }));
  const store = (key: string, text: string): string => {
    const etag = `"${createHash('sha1').update(text).digest('hex')}"`;
    documents.set(key, { text, etag });
    return etag;
  };
  const lrs: PreviewLrs = {
    path,
    authorization,
    statements,
    launchCmi5(origin, { activityId, actor, registration, launchData }) {
      const agent = JSON.stringify(actor);
      store(stateKey({ activityId, agent: actor, registration, stateId: 'LMS.LaunchData' }), JSON.stringify(launchData));
      const fetchId = randomBytes(16).toString('hex');
      fetchUrls.set(fetchId, false);
      return new URLSearchParams({ endpoint: origin + path, fetch: `${origin}${path}fetch/${fetchId}`, actor: agent, registration, activityId }).toString();
    },
    readState(address) {
      return documents.get(stateKey(address))?.text;
    },
    writeState(address, text) {
      store(stateKey(address), text);
    },
    async handle(requestPath, query, request, response) {
      if (!requestPath.startsWith(path)) return false;
      const fetchId = /^fetch\/([0-9a-f]+)$/.exec(requestPath.slice(path.length))?.[1];
      if (fetchId !== undefined) {
        // The AU's one-time request for its token (cmi5 §8.2): error code 1 when asked again.
        const used = fetchUrls.get(fetchId);
        if (used !== undefined) fetchUrls.set(fetchId, true);
        const body = used === false ? { 'auth-token': authorization.slice('Basic '.length) } : { 'error-code': '1', 'error-text': 'The fetch URL was used before.' };
        response.writeHead(used === undefined ? 404 : 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
        return true;
      }
      await answer(requestPath.slice(path.length), query, request, response);
      return true;
    },
  };
  const answer = async (resource: string, query: URLSearchParams, request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const headers = { 'x-experience-api-version': version, 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' };
    const send = (status: number, body?: string, extra: Record<string, string> = {}): void => void response.writeHead(status, { ...headers, ...extra }).end(body);
    const error = (status: number, message: string): void => send(status, JSON.stringify({ error: message }));
    if (request.headers.authorization !== authorization) return error(401, 'Unknown credentials.');
    const body = request.method === 'POST' || request.method === 'PUT' ? await readBody(request) : '';
    if (body === undefined) return error(413, 'Too large.');
    if (resource === 'statements') {
      if (request.method === 'GET') {
        const id = query.get('statementId');
        if (!id) return send(200, JSON.stringify({ statements: statements.map((s) => s.statement), more: '' }));
        const found = statements.find((s) => s.id === id);
        return found ? send(200, JSON.stringify(found.statement)) : error(404, 'No such statement.');
      }
      const parsed = parseJson(body);
      const list = Array.isArray(parsed) ? parsed : [parsed];
      if (!list.every(isObject)) return error(400, 'Expected a statement or an array of statements.');
      const ids: string[] = [];
      for (const statement of list as Record<string, unknown>[]) {
        const id = typeof statement.id === 'string' ? statement.id : (query.get('statementId') ?? randomUUID());
        if (statements.some((s) => s.id === id)) return error(409, `Statement ${id} was stored before.`);
        const stored = new Date().toISOString();
        statements.push({ id, stored, statement: { ...statement, id, stored } });
        ids.push(id);
      }
      lrs.onStatement?.();
      return request.method === 'PUT' ? send(204) : send(200, JSON.stringify(ids));
    }
    if (resource === 'activities/state' || resource === 'agents/profile' || resource === 'activities/profile') {
      const key = documentKey(resource, query);
      const current = documents.get(key);
      if (request.method === 'GET') return current ? send(200, current.text, { etag: current.etag }) : error(404, 'No such document.');
      if (request.method === 'DELETE') {
        documents.delete(key);
        return send(204);
      }
      const ifMatch = request.headers['if-match'];
      if ((ifMatch && ifMatch !== current?.etag) || (request.headers['if-none-match'] === '*' && current)) return error(412, 'The document changed.');
      // POST merges JSON objects (xAPI 1.0.3 §2.2); PUT replaces.
      const merged = request.method === 'POST' && current ? { ...asObject(parseJson(current.text)), ...asObject(parseJson(body)) } : undefined;
      const etag = store(key, merged ? JSON.stringify(merged) : body);
      send(204, undefined, { etag });
      if (resource === 'activities/state') lrs.onState?.();
      return;
    }
    error(404, 'Not a resource of the preview LRS.');
  };
  return lrs;
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBody) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One key per learner, however the Agent's JSON is written (key order, extra name). */
function agentKey(text: string | null): string {
  const agent = asObject(parseJson(text ?? ''));
  const account = asObject(agent.account);
  for (const name of ['mbox', 'mbox_sha1sum', 'openid'] as const) if (typeof agent[name] === 'string') return `${name}:${String(agent[name])}`;
  return account.name !== undefined ? `account:${String(account.homePage)}|${String(account.name)}` : (text ?? '');
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
