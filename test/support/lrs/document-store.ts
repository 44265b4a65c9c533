import { createHash } from 'node:crypto';

/** One stored document (xAPI 1.0.3 Communication §2.2). */
export interface StoredDocument {
  contents: Buffer;
  /** The Content-Type it was stored with. */
  contentType: string;
  /** Quoted lower-case SHA-1 hex of the contents, as §3.1 asks an LRS to compute it (or an opaque version number). */
  etag: string;
  updated: Date;
}

/** Documents by scope (state: activity, agent, registration; agent profile: agent) and id, in memory. */
export interface DocumentStore {
  get(scope: readonly string[], id: string): StoredDocument | undefined;
  /** Stores `contents` under `id`, replacing what was there. */
  put(scope: readonly string[], id: string, contents: Buffer, contentType: string): StoredDocument;
  delete(scope: readonly string[], id: string): void;
  /** Ids of the documents in `scope`; only those updated after `since` when it is given. */
  ids(scope: readonly string[], since?: Date): string[];
  /** Deletes every document in `scope`. */
  clear(scope: readonly string[]): void;
}

/**
 * An empty {@link DocumentStore}. Its ETags are the SHA-1 of the contents, or with `opaque` a
 * version number (`"v1"`, `"v2"`, …), as some LRSs make them.
 */
export function createDocumentStore(etags: 'sha1' | 'opaque' = 'sha1'): DocumentStore {
  const scopes = new Map<string, Map<string, StoredDocument>>();
  let version = 0;
  const documentsIn = (scope: readonly string[]) => scopes.get(JSON.stringify(scope));
  return {
    get: (scope, id) => documentsIn(scope)?.get(id),
    put(scope, id, contents, contentType) {
      const etag = etags === 'opaque' ? `"v${++version}"` : `"${createHash('sha1').update(contents).digest('hex')}"`;
      const document = { contents, contentType, etag, updated: new Date() };
      const documents = documentsIn(scope) ?? new Map<string, StoredDocument>();
      scopes.set(JSON.stringify(scope), documents.set(id, document));
      return document;
    },
    delete: (scope, id) => void documentsIn(scope)?.delete(id),
    ids: (scope, since) =>
      [...(documentsIn(scope) ?? new Map<string, StoredDocument>())]
        .filter(([, document]) => since === undefined || document.updated > since)
        .map(([id]) => id),
    clear: (scope) => void scopes.delete(JSON.stringify(scope)),
  };
}

/** Whether a Content-Type is JSON, the only kind of document a POST may merge (§2.2). */
export function isJsonType(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? '');
}

/** A document as a test reads it: parsed JSON when it was stored as application/json, otherwise text. */
export function readDocument(document: StoredDocument): unknown {
  const text = document.contents.toString('utf8');
  if (!isJsonType(document.contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
