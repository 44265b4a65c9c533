import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Ends `response` with `status` and an optional body: an object as JSON, a string as plain text. */
export function respond(response: ServerResponse, status: number, body?: string | object, headers: OutgoingHttpHeaders = {}): void {
  if (body === undefined) {
    response.writeHead(status, headers).end();
    return;
  }
  const json = typeof body !== 'string';
  const text = json ? JSON.stringify(body) : body;
  response
    .writeHead(status, {
      'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    })
    .end(text);
}
