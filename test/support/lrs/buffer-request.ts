import { IncomingMessage, type IncomingHttpHeaders } from 'node:http';

/** A request with its whole body read, as the front server and the stand-in resources take it. */
export interface BufferedRequest {
  method: string;
  /** Parsed against the server's own origin, so `pathname` and `searchParams` are ready to use. */
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Largest body the test LRS reads; xapi-statements' own limit is 5 MB. */
const bodyLimit = 20 * 1024 * 1024;

/** Reads the body of `request`; rejects when it is larger than the test LRS accepts. */
export async function bufferRequest(request: IncomingMessage): Promise<BufferedRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > bodyLimit) throw new Error(`Request body larger than ${bodyLimit} bytes.`);
    chunks.push(chunk);
  }
  return {
    method: request.method ?? 'GET',
    url: new URL(request.url ?? '/', 'http://127.0.0.1'),
    headers: request.headers,
    body: Buffer.concat(chunks),
  };
}

/**
 * A fresh request carrying an already-read body, for a handler that reads the body itself (xapi-statements
 * streams it). The front server reads every body first, to log it and to inject faults before anything is stored.
 */
export function replayRequest(original: IncomingMessage, body: Buffer, dropHeaders: string[] = []): IncomingMessage {
  const replay = new IncomingMessage(original.socket);
  replay.method = original.method;
  replay.url = original.url;
  replay.httpVersion = original.httpVersion;
  replay.httpVersionMajor = original.httpVersionMajor;
  replay.httpVersionMinor = original.httpVersionMinor;
  replay.headers = { ...original.headers };
  for (const name of dropHeaders) delete replay.headers[name];
  replay.rawHeaders = original.rawHeaders.filter((_, i, raw) => !dropHeaders.includes((raw[i - (i % 2)] ?? '').toLowerCase()));
  replay.complete = true;
  if (body.length > 0) replay.push(body);
  replay.push(null);
  return replay;
}
