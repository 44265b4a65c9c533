import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { BufferedRequest } from './buffer-request.js';
import type { StoredDocument } from './document-store.js';
import { etagListMatches } from './preconditions.js';
import { respond } from './respond.js';

/** Answers a GET of one document: 404 when absent, 304 when `If-None-Match` names it, else the document with its ETag. */
export function sendDocument(request: BufferedRequest, response: ServerResponse, document: StoredDocument | undefined): void {
  if (document === undefined) return respond(response, 404, 'No such document.');
  const headers = { ETag: document.etag, 'Last-Modified': document.updated.toUTCString() };
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined && etagListMatches(ifNoneMatch, document.etag)) return respond(response, 304, undefined, headers);
  response
    .writeHead(200, { ...headers, 'Content-Type': document.contentType, 'Content-Length': document.contents.length })
    .end(document.contents);
}

/** Answers a GET of the ids in one scope: a JSON array, with an ETag as every GET has one (§3.1). */
export function sendIds(response: ServerResponse, ids: string[]): void {
  const json = JSON.stringify(ids);
  respond(response, 200, ids, { ETag: `"${createHash('sha1').update(json).digest('hex')}"` });
}
