import type { SessionLog } from '../xapi/lrs-session.js';
import type { DefinedVerb, StatementDraft } from '../xapi/xapi-statement.js';

/** The part of `sessionStorage` used; a test passes any object with these methods. */
export interface SessionStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What one cmi5 session keeps across reloads of the page. */
interface SessionRecord {
  /** The launch's fetch URL: a new one is a new session (the LMS may reuse the tab). */
  fetch: string;
  /** Empty once the fetch URL was used without giving one. */
  token?: string;
  /** The LMS answered the fetch URL without a token (see `FetchedToken`). */
  refused?: boolean;
  sent: DefinedVerb[];
  opening?: StatementDraft;
  startedAt?: number;
}

/**
 * A cmi5 session's credential and "already sent" flags in `sessionStorage`, keyed by registration
 * (cmi5 best practice 17, standards 4.8): a reload neither fetches a second token (the fetch URL
 * works once) nor sends a second `initialized`. Storage that throws (a sandboxed frame) leaves it
 * in memory for the page's life.
 */
export class Cmi5SessionStore implements SessionLog {
  private record: SessionRecord;
  private readonly key: string;

  constructor(private readonly storage: SessionStorageLike | undefined, registration: string, fetchUrl: string) {
    this.key = `cw:cmi5:${registration}`;
    const kept = this.read();
    this.record = kept?.fetch === fetchUrl ? kept : { fetch: fetchUrl, sent: [] };
  }

  /** The auth token fetched for this session; empty when the fetch URL was used and gave none, undefined before it is used. */
  get token(): string | undefined {
    return this.record.token;
  }

  set token(token: string | undefined) {
    this.record.token = token;
    this.write();
  }

  /** True when the LMS answered the fetch URL and gave no token (not when no answer came). */
  get refused(): boolean | undefined {
    return this.record.refused;
  }

  set refused(refused: boolean | undefined) {
    this.record.refused = refused;
  }

  has(verb: DefinedVerb): boolean {
    return this.record.sent.includes(verb);
  }

  add(verb: DefinedVerb): void {
    if (this.has(verb)) return;
    this.record.sent.push(verb);
    if (verb === 'initialized') delete this.record.opening;
    this.write();
  }

  opening(make: () => StatementDraft): StatementDraft {
    if (!this.record.opening) {
      this.record.opening = make();
      this.write();
    }
    return this.record.opening;
  }

  startedAt(now: number): number {
    if (this.record.startedAt === undefined) {
      this.record.startedAt = now;
      this.write();
    }
    return this.record.startedAt;
  }

  private read(): SessionRecord | undefined {
    try {
      const value = JSON.parse(this.storage?.getItem(this.key) ?? 'null') as Partial<SessionRecord> | null;
      return value && typeof value.fetch === 'string' && Array.isArray(value.sent) ? (value as SessionRecord) : undefined;
    } catch {
      return undefined;
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.record));
    } catch {
      // Full or refused: the flags still hold in memory for this page.
    }
  }
}
