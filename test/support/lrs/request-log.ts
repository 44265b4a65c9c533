import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultMode } from './injected-fault.js';

const loggedHeaders = ['authorization', 'x-experience-api-version', 'content-type', 'if-match', 'if-none-match', 'origin'] as const;

/** A request header the log keeps, by its lower-case name. */
export type LoggedHeader = (typeof loggedHeaders)[number];

/** One request the test LRS received, as a test asserts on it. */
export interface LoggedRequest {
  method: string;
  /** URL path without the query, e.g. `/xapi/activities/state`. */
  path: string;
  /** Query parameters (the last value when one repeats). */
  query: Record<string, string>;
  /** Status answered; 0 while unanswered, or when the connection was dropped. */
  status: number;
  /** The headers a test checks, when sent. */
  headers: Partial<Record<LoggedHeader, string>>;
  /** The body as text, when there was one. */
  body?: string;
  /** True for a CORS preflight (OPTIONS). */
  preflight?: true;
  /** The fault the test injected into this request, if any. */
  fault?: Exclude<FaultMode, 'none'>;
}

/** The log of every request the front server got, except the harness's own reads. */
export interface RequestLog {
  /** Adds `request` now and fills in its status when the answer is sent; returns the entry to complete. */
  record(request: IncomingMessage, response: ServerResponse): LoggedRequest;
  /** Copies of the entries, in the order the requests arrived. */
  entries(): LoggedRequest[];
}

/** An empty {@link RequestLog}. */
export function createRequestLog(): RequestLog {
  const entries: LoggedRequest[] = [];
  return {
    record(request, response) {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const headers: LoggedRequest['headers'] = {};
      for (const name of loggedHeaders) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const entry: LoggedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status: 0,
        headers,
      };
      response.once('finish', () => (entry.status = response.statusCode));
      entries.push(entry);
      return entry;
    },
    entries: () => structuredClone(entries),
  };
}
