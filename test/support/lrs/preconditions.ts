import type { IncomingHttpHeaders } from 'node:http';
import type { StoredDocument } from './document-store.js';

/**
 * Whether the `If-Match` / `If-None-Match` headers of a write fail against the stored document (RFC 7232 §3.1,
 * §3.2; xAPI 1.0.3 Communication §3.1). Without either header a write goes ahead: the State Resource allows that.
 */
export function preconditionFailed(headers: IncomingHttpHeaders, current: StoredDocument | undefined): boolean {
  const ifMatch = headers['if-match'];
  const ifNoneMatch = headers['if-none-match'];
  if (ifMatch !== undefined && (current === undefined || !etagListMatches(ifMatch, current.etag))) return true;
  if (ifNoneMatch !== undefined && current !== undefined && etagListMatches(ifNoneMatch, current.etag)) return true;
  return false;
}

/**
 * Whether an entity-tag list (`"a", "b"` or `*`) names `etag`. Quotes and a weak `W/` prefix are ignored,
 * because xAPI clients differ in whether they send the ETag back quoted.
 */
export function etagListMatches(header: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
