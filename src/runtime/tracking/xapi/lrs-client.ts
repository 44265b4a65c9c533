/** The part of `fetch` the runtime uses; a test passes Node's. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Where LRS problems are written; never given a credential or a learner's data. */
export type LrsLog = (message: string) => void;

/** An LRS reply; status 0 when the request did not get through (offline, CORS, refused). */
export interface LrsReply {
  status: number;
  /** Response body as text ('' when none or unreadable). */
  text: string;
  /** The ETag, when the LRS sent one and CORS exposes it. */
  etag?: string;
}

/** Where and how to reach one LRS. */
export interface LrsConnection {
  endpoint: string;
  /** The Authorization header value, sent verbatim; '' for none. */
  authorization: string;
  /** `X-Experience-API-Version`; default `1.0.3` (2.0 LRSs accept it too, standards 3.22). */
  version?: '1.0.3' | '2.0.0';
  /** Launch parameters to echo on every request (Tin Can launch, standards 3.16). */
  extended?: Record<string, string>;
}

/** One request to an xAPI resource. */
export interface LrsRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** Resource path under the endpoint, e.g. `statements`, `activities/state`. */
  resource: string;
  query?: Record<string, string | undefined>;
  /** JSON-encoded body. */
  body?: string;
  headers?: Record<string, string>;
  /** The page is going away: `keepalive`, so the request outlives it (standards 3.15). */
  leaving?: boolean;
  /**
   * A read the session cannot open without (the saved progress, the launch data): after no
   * answer, a timeout, throttling or a server fault it is tried again, twice, within 4 s, so that
   * one blip of a ward's Wi-Fi at launch does not leave the whole session unrecorded. GET only.
   */
  patient?: boolean;
}

/** Waits before the second and third try of a patient read. */
export const patientWaitsMs = [1000, 3000];

/** No answer (0), a timeout (408), throttling (429) or a server fault (5xx): worth trying again. */
export function isTransient(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/** Runs `attempt`, and again after each of `patientWaitsMs` while its status is transient; the last answer. */
export async function patiently<T extends { status: number }>(attempt: () => Promise<T>): Promise<T> {
  let result = await attempt();
  for (const ms of patientWaitsMs) {
    if (!isTransient(result.status)) break;
    await new Promise((resolve) => setTimeout(resolve, ms));
    result = await attempt();
  }
  return result;
}

/** How long a request may go unanswered before it counts as not having got through. */
export const replyTimeoutMs = 30_000;

/**
 * Talks to one LRS (standards 3.13–3.15): the version header and JSON content type on every
 * request, the launch's Authorization verbatim, the endpoint joined to the resource with exactly
 * one slash, query values percent-encoded (`%20`, never `+`, which some LRSs keep literally).
 * Never throws and never logs the credential or the query (the agent names the learner).
 */
export class LrsClient {
  private extended: Record<string, string>;
  /** The status of the last reply (0: none came). */
  lastStatus = 0;

  constructor(
    private readonly fetcher: FetchLike,
    private readonly connection: LrsConnection,
    private readonly log: LrsLog,
  ) {
    this.extended = connection.extended ?? {};
  }

  async request(request: LrsRequest): Promise<LrsReply> {
    const reply = await (request.patient && request.method === 'GET' ? patiently(() => this.sendOnce(request)) : this.sendOnce(request));
    this.lastStatus = reply.status;
    return reply;
  }

  private async sendOnce(request: LrsRequest): Promise<LrsReply> {
    const reply = await this.send(request);
    if (reply.status !== 400 || Object.keys(this.extended).length === 0) return reply;
    // A conformant LRS refuses parameters it does not know (400): the launch's extra ones were
    // not meant for this LRS, so they are dropped for good rather than losing all tracking.
    this.log('xAPI: the LRS refused the launch\'s extra parameters; they are no longer sent.');
    this.extended = {};
    return this.send(request);
  }

  private async send(request: LrsRequest): Promise<LrsReply> {
    const headers: Record<string, string> = {
      'X-Experience-API-Version': this.connection.version ?? '1.0.3',
      'Content-Type': 'application/json',
      ...(this.connection.authorization ? { Authorization: this.connection.authorization } : {}),
      ...request.headers,
    };
    const what = `${request.method} ${request.resource}`;
    // A request on a dead connection (hospital Wi-Fi's captive portals, a half-open socket) may never
    // be answered: given up on after a while, as a failure, so the retries, going online and Exit
    // still work. Not while the page is leaving: nothing waits for those.
    const abort = request.leaving ? undefined : new AbortController();
    const timer = abort ? setTimeout(() => abort.abort(), replyTimeoutMs) : undefined;
    try {
      const response = await this.fetcher(this.url(request), {
        method: request.method,
        headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.leaving ? { keepalive: true } : {}),
        ...(abort ? { signal: abort.signal } : {}),
      });
      const text = await response.text().catch(() => '');
      const etag = response.headers.get('ETag') ?? undefined;
      // Not a problem: 404, no document yet; 412, another tab or device wrote the state document (re-read and merged).
      if (response.status >= 400 && response.status !== 404 && response.status !== 412) this.log(`xAPI: ${what} answered ${response.status}${describe(text)}`);
      return { status: response.status, text, ...(etag ? { etag } : {}) };
    } catch (error) {
      const why = abort?.signal.aborted ? `no answer in ${replyTimeoutMs / 1000} s` : error instanceof Error ? error.name : 'error';
      this.log(`xAPI: ${what} did not reach the LRS (${why})`);
      return { status: 0, text: '' };
    } finally {
      clearTimeout(timer);
    }
  }

  private url(request: LrsRequest): string {
    const base = this.connection.endpoint.replace(/\/+$/, '');
    const path = request.resource.replace(/^\/+/, '');
    const query = Object.entries({ ...this.extended, ...request.query })
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
      .join('&');
    return `${base}/${path}${query ? `?${query}` : ''}`;
  }
}

/** The LRS's own short explanation (its error message), without echoing a long body. */
function describe(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat ? `: ${flat.slice(0, 200)}` : '';
}
