import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAgentProfileRequest } from './agent-profile-resource.js';
import { bufferRequest, replayRequest } from './buffer-request.js';
import { checkXapiHeaders } from './check-xapi-headers.js';
import { answerPreflight, ownCorsHeaders } from './cors.js';
import type { DocumentStore } from './document-store.js';
import { injectedFault, type FaultMode } from './injected-fault.js';
import type { RequestLog } from './request-log.js';
import { respond } from './respond.js';
import { handleStateRequest } from './state-resource.js';
import type { StatementsService } from './statements-service.js';

/** Header carrying the internal token: the harness's own reads are neither logged nor faulted. */
export const internalHeader = 'x-coursewright-test-lrs';

/** What the front server checks requests against and hands them to. */
export interface FrontServerParts {
  /** `key:secret`, the Basic credentials every xAPI request must carry. */
  credentials: string;
  internalToken: string;
  log: RequestLog;
  faultMode(): FaultMode;
  /** Told each time a fault was injected (so a test can ask for only the next few). */
  faultInjected(): void;
  /** A statement the test makes this LRS refuse (400), as a stricter LRS would; none when absent. */
  refuseStatement?(statement: Record<string, unknown>): boolean;
  service: StatementsService;
  store: DocumentStore;
  /** Answers `/cmi5/fetch/<id>`. */
  cmi5Fetch(id: string, method: string, response: ServerResponse): void;
}

/** The listening front server. */
export interface FrontServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

/** Starts the front server on 127.0.0.1 and a free port. */
export async function startFrontServer(parts: FrontServerParts): Promise<FrontServer> {
  const server = createServer((request, response) => {
    route(parts, request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else respond(response, 500, `Test LRS failure: ${String(error)}`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function route(parts: FrontServerParts, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const internal = request.headers[internalHeader] === parts.internalToken;
  const entry = internal ? undefined : parts.log.record(request, response);
  ownCorsHeaders(request, response);
  if (request.method === 'OPTIONS') {
    if (entry) entry.preflight = true;
    return answerPreflight(response);
  }
  const buffered = await bufferRequest(request);
  if (entry && buffered.body.length > 0) entry.body = buffered.body.toString('utf8');
  const path = buffered.url.pathname;
  const fault = internal ? undefined : injectedFault(parts.faultMode(), buffered.method, path);
  if (fault) parts.faultInjected();
  if (entry && fault) entry.fault = fault;
  if (fault === 'drop') return void request.socket.destroy();
  if (fault === 'reject-auth') return respond(response, 401, 'Unauthorized: the credential has expired (a fault the test injected).');
  if (fault) return respond(response, 503, 'Service unavailable (a fault the test injected).');
  // A stricter LRS, played by the test: it refuses (400) any array holding a statement it does not take.
  if (path === '/xapi/statements' && buffered.method === 'POST' && !internal && refusesOne(parts, buffered.body.toString('utf8'))) {
    return respond(response, 400, 'Bad request: a statement this LRS does not take (a fault the test injected).');
  }
  if (path.startsWith('/cmi5/fetch/')) return parts.cmi5Fetch(path.slice('/cmi5/fetch/'.length), buffered.method, response);
  if (!path.startsWith('/xapi/')) return respond(response, 404, 'Not found.');
  // Every xAPI answer carries the version (Communication §3.3); xapi-statements leaves it off `about`.
  response.setHeader('X-Experience-API-Version', '1.0.3');
  // `about` is open to anyone, whatever version header they send (§2.8).
  const rejection = path === '/xapi/about' ? undefined : checkXapiHeaders(buffered.headers, parts.credentials);
  if (rejection) return respond(response, rejection.status, rejection.message, rejection.headers);
  if (path === '/xapi/activities/state') return handleStateRequest(parts.store, buffered, response);
  if (path === '/xapi/agents/profile') return handleAgentProfileRequest(parts.store, buffered, response);
  parts.service.handle(replayRequest(request, buffered.body, [internalHeader]), response);
}

function refusesOne(parts: FrontServerParts, body: string): boolean {
  if (!parts.refuseStatement) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  return (Array.isArray(parsed) ? parsed : [parsed]).some((statement) => typeof statement === 'object' && statement !== null && parts.refuseStatement!(statement as Record<string, unknown>));
}
