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
 * caller fold the newer document into what it writes.
 */
export class LrsStateDocument {
  private etag: string | undefined;
  /** Whether the document exists; undefined when not known. */
  private exists: boolean | undefined;

  constructor(private readonly client: LrsClient, private readonly address: StateDocumentAddress) {}

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
   * after a conflict. True when the LRS stored it.
   */
  async write(compose: (current?: unknown) => unknown, leaving = false): Promise<boolean> {
    let reply = await this.put(compose(), leaving);
    if ((reply.status === 412 || reply.status === 409) && !leaving) {
      const current = await this.read();
      if (current === undefined) return false;
      reply = await this.put(compose(current ?? undefined), leaving);
    }
    return reply.status >= 200 && reply.status < 300;
  }

  private async put(document: unknown, leaving: boolean): Promise<LrsReply> {
    const headers: Record<string, string> = this.etag ? { 'If-Match': this.etag } : this.exists === false ? { 'If-None-Match': '*' } : {};
    const reply = await this.client.request({ method: 'PUT', resource: 'activities/state', query: this.query(), body: JSON.stringify(document), headers, leaving });
    if (reply.status >= 200 && reply.status < 300) {
      this.exists = true;
      // A reply without an ETag leaves it unknown: the next write goes without If-Match, and an
      // LRS that insists answers 409, which re-reads it.
      this.etag = reply.etag;
    }
    return reply;
  }

  private query(): Record<string, string | undefined> {
    const { activityId, agent, stateId, registration } = this.address;
    return { activityId, agent: JSON.stringify(agent), stateId, registration };
  }
}
