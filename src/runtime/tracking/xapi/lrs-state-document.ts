import { contentEtag, type DigestSource } from './content-etag.js';
import type { LrsClient, LrsReply } from './lrs-client.js';
import type { XapiAgent } from './xapi-statement.js';

/** Which State API document (standards 3.20). */
export interface StateDocumentAddress {
  activityId: string;
  agent: XapiAgent;
  stateId: string;
  /** Always given when the launch had one, or resume data leaks between attempts. */
  registration?: string;
}

/**
 * One JSON document of the State API, read and written under ETag concurrency (standards 3.21):
 * `If-Match` with the ETag last seen, `If-None-Match: *` when creating; a 412 (or the 409 an
 * xAPI 2.0 LRS gives a write without either) re-reads the document and retries once, letting the
 * caller fold the newer document into what it writes. After a write the LRS answers without an
 * ETag, the document's is computed from what was written (`contentEtag`), so the next write still
 * finds out whether another tab or device wrote in between; an LRS that makes its ETags some
 * other way shows it with a 412 for the very document written last, and they are not computed
 * again.
 */
export class LrsStateDocument {
  private etag: string | undefined;
  /** Whether the document exists; undefined when not known. */
  private exists: boolean | undefined;
  /** The text last written, while its ETag is the computed one. */
  private computedFor: string | undefined;
  /** False once the LRS showed that its ETags are not the computed ones. */
  private computing = true;

  constructor(
    private readonly client: LrsClient,
    private readonly address: StateDocumentAddress,
    private readonly crypto: DigestSource = {},
  ) {}

  /**
   * The document; null when there is none (404); undefined when the LRS did not give it. `patient`
   * when the session cannot open without it (see `LrsRequest.patient`).
   */
  async read(patient = false): Promise<unknown> {
    const reply = await this.client.request({ method: 'GET', resource: 'activities/state', query: this.query(), patient });
    if (reply.status === 404) {
      this.exists = false;
      this.etag = undefined;
      return null;
    }
    if (reply.status !== 200) return undefined;
    this.exists = true;
    this.etag = reply.etag;
    try {
      return JSON.parse(reply.text) as unknown;
    } catch {
      return {};
    }
  }

  /**
   * Writes `compose(current)`; `current` is undefined on the first try and the document re-read
   * after a conflict. True when the LRS stored it; false, and nothing written, when `compose`
   * gives undefined.
   */
  async write(compose: (current?: unknown) => unknown, leaving = false): Promise<boolean> {
    // What the ETag this write goes with was computed for, if it was.
    const computedFor = this.computedFor;
    const first = await compose();
    if (first === undefined) return false;
    let reply = await this.put(first, leaving);
    if ((reply.status === 412 || reply.status === 409) && !leaving) {
      const current = await this.read();
      if (current === undefined) return false;
      // Nobody else wrote: the document is the one written last (as JSON: an LRS may space it
      // otherwise), under another ETag than the one computed.
      if (computedFor !== undefined && JSON.stringify(current) === computedFor) this.computing = false;
      const again = await compose(current ?? undefined);
      if (again === undefined) return false;
      reply = await this.put(again, leaving);
    }
    return reply.status >= 200 && reply.status < 300;
  }

  private async put(document: unknown, leaving: boolean): Promise<LrsReply> {
    const headers: Record<string, string> = this.etag ? { 'If-Match': this.etag } : this.exists === false ? { 'If-None-Match': '*' } : {};
    const body = JSON.stringify(document);
    const reply = await this.client.request({ method: 'PUT', resource: 'activities/state', query: this.query(), body, headers, leaving });
    if (reply.status >= 200 && reply.status < 300) {
      this.exists = true;
      // Without an ETag in the reply (or one computed), the next write goes without If-Match, and
      // an LRS that insists answers 409, which re-reads it.
      const computed = reply.etag === undefined && this.computing ? await contentEtag(this.crypto, body) : undefined;
      this.etag = reply.etag ?? computed;
      this.computedFor = computed && body;
    }
    return reply;
  }

  private query(): Record<string, string | undefined> {
    const { activityId, agent, stateId, registration } = this.address;
    return { activityId, agent: JSON.stringify(agent), stateId, registration };
  }
}
