import type { IncomingMessage } from 'node:http';

/** Largest request body the preview reads: a SCORM 2004 suspend_data is at most 64,000 characters. */
const maxBytes = 256 * 1024;

/**
 * The JSON object a page posted, or undefined when it is not JSON, too large or not an object.
 * Only `application/json` is read: a page of another site cannot send that without the browser
 * asking the preview first, which it never allows.
 */
export async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
