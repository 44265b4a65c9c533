import type { IncomingMessage, ServerResponse } from 'node:http';

const allowedMethods = 'GET, POST, PUT, DELETE, OPTIONS';
const allowedHeaders = 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match';
const exposedHeaders = 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through';
/** What xapi-statements' own `cors` middleware sets (origin echoed, credentials true, only ETag exposed). */
const serviceCorsHeaders = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-expose-headers'];

/**
 * Makes the front server the one source of CORS headers on `response`: just before the head is written, whatever
 * xapi-statements set is replaced, so that no header is doubled and every answer agrees with the preflight.
 */
export function ownCorsHeaders(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    for (const name of serviceCorsHeaders) response.removeHeader(name);
    if (origin !== undefined) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Expose-Headers', exposedHeaders);
      const vary = String(response.getHeader('vary') ?? '');
      if (!/\borigin\b/i.test(vary)) response.setHeader('Vary', vary ? `${vary}, Origin` : 'Origin');
    }
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

/** Answers a CORS preflight, for any path: the methods and headers xAPI clients send are allowed. */
export function answerPreflight(response: ServerResponse): void {
  response.writeHead(204, { 'Access-Control-Allow-Methods': allowedMethods, 'Access-Control-Allow-Headers': allowedHeaders }).end();
}
