// A real LRS for the browser tests, started by the test on 127.0.0.1 and a free port. A small front server
// (lrs/front-server.ts) checks credentials and the version header, owns CORS, logs requests and injects faults; it
// hands statements and `about` to Learning Locker's xapi-statements, loaded in this process with in-memory repos.
// Stand-in: the State API, the Agent Profile API (reading) and the cmi5 LMS role are small implementations in
// lrs/, because xapi-statements implements only statements and no LRS with a State API installs from npm here.
// Also a stand-in, only when a test asks for it (`faults.refuseStatements`): an LRS stricter than xapi-statements,
// which refuses (400) chosen statements that xapi-statements would store.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agentKey } from './lrs/agent-key.js';
import { createCmi5Lms, type Cmi5Launch, type Cmi5LaunchOptions } from './lrs/cmi5-lms.js';
import { createDocumentStore, readDocument } from './lrs/document-store.js';
import { internalHeader, startFrontServer } from './lrs/front-server.js';
import type { FaultMode } from './lrs/injected-fault.js';
import { readStatements } from './lrs/read-statements.js';
import { createRequestLog, type LoggedRequest } from './lrs/request-log.js';
import { stateScope } from './lrs/state-resource.js';
import { loadStatementsService } from './lrs/statements-service.js';
import { validateStatement } from './lrs/validate-statement.js';

export type { Cmi5Launch, Cmi5LaunchOptions, FaultMode, LoggedRequest };

/** Options for {@link startTestLrs}. */
export interface TestLrsOptions {
  /** Basic-auth key; default `coursewright`. */
  key?: string;
  /** Basic-auth secret; default a new random one. */
  secret?: string;
  /** Console log level of xapi-statements, e.g. `'error'` while debugging; default `'off'`. */
  logLevel?: 'off' | 'error' | 'warn' | 'info' | 'debug';
  /**
   * ETags of the State API's documents: `sha1` (default) as xAPI asks (§3.1), or `opaque`, a
   * version number, as an LRS that does not follow that part of the spec makes them.
   */
  etags?: 'sha1' | 'opaque';
}

/** A running test LRS. */
export interface TestLrs {
  /** xAPI endpoint with its trailing slash, `http://127.0.0.1:<port>/xapi/`. */
  endpoint: string;
  /** The full Authorization header value the LRS accepts, `Basic <base64 key:secret>`. */
  auth: string;
  /** Plays the LMS at a cmi5 launch: writes LMS.LaunchData (and learner preferences), makes a one-time fetch URL. */
  cmi5Launch(options: Cmi5LaunchOptions): Cmi5Launch;
  /**
   * Fault injection for tests of a flaky network; `'none'` at start. With `times`, the mode goes back
   * to `'none'` once it has failed that many requests (a blip).
   */
  faults: {
    set(mode: FaultMode, times?: number): void;
    readonly mode: FaultMode;
    /** Makes this LRS refuse (400) every request holding a statement `test` picks, as a stricter LRS would; undefined: none. */
    refuseStatements(test: ((statement: Record<string, unknown>) => boolean) | undefined): void;
  };
  /** Every request the LRS got so far, preflights included, in arrival order (the harness's own reads excluded). */
  requests(): LoggedRequest[];
  /** Every statement the LRS returns from GET /statements, oldest first (voided ones are not returned). */
  statements(): Promise<Record<string, unknown>[]>;
  /** Problems @learninglocker/xapi-validation finds in `statement`, one line each; empty when valid. */
  validate(statement: unknown): string[];
  /** A stored state document: parsed JSON when stored as application/json, else text; undefined when absent. */
  state(activityId: string, agent: Record<string, unknown>, stateId: string, registration?: string): unknown;
  /** Stops the server, ends its connections and removes its temporary folder. */
  close(): Promise<void>;
}

/**
 * Whether a response the browser saw is the State API telling a learner with no saved state yet
 * that it has none (404): what a first launch gets from `lrs`, not a problem for a test to report.
 */
export function isNoSavedStateYet(lrs: TestLrs | undefined, status: number, url: string): boolean {
  return lrs !== undefined && url.startsWith(lrs.endpoint) && status === 404 && url.includes('/activities/state');
}

/** Starts a test LRS with an empty store; close it after the test. */
export async function startTestLrs(options: TestLrsOptions = {}): Promise<TestLrs> {
  const credentials = `${options.key ?? 'coursewright'}:${options.secret ?? randomBytes(12).toString('hex')}`;
  const token = Buffer.from(credentials).toString('base64');
  const auth = `Basic ${token}`;
  const storageDir = await mkdtemp(join(tmpdir(), 'cw-test-lrs-'));
  const service = loadStatementsService({ storageDir, logLevel: options.logLevel ?? 'off' });
  const store = createDocumentStore(options.etags);
  const log = createRequestLog();
  const internalToken = randomBytes(16).toString('hex');
  let mode: FaultMode = 'none';
  let remaining: number | undefined;
  let refuseStatement: ((statement: Record<string, unknown>) => boolean) | undefined;
  const server = await startFrontServer({
    credentials,
    internalToken,
    log,
    faultMode: () => mode,
    refuseStatement: (statement) => refuseStatement?.(statement) ?? false,
    faultInjected: () => {
      if (remaining !== undefined && --remaining <= 0) [mode, remaining] = ['none', undefined];
    },
    service,
    store,
    cmi5Fetch: (id, method, response) => lms.answerFetch(id, method, response),
  });
  const endpoint = `${server.origin}/xapi/`;
  const lms = createCmi5Lms({ origin: server.origin, endpoint, authToken: token, store });
  const readHeaders = { Authorization: auth, 'X-Experience-API-Version': '1.0.3', [internalHeader]: internalToken };
  return {
    endpoint,
    auth,
    cmi5Launch: (launch) => lms.launch(launch),
    faults: {
      set: (next, times) => void ([mode, remaining] = [next, times]),
      refuseStatements: (test) => void (refuseStatement = test),
      get mode() {
        return mode;
      },
    },
    requests: () => log.entries(),
    statements: () => readStatements(server.origin, readHeaders),
    validate: validateStatement,
    state(activityId, agent, stateId, registration) {
      const key = agentKey(agent);
      if (key === undefined) throw new Error('lrs.state: expected an Agent with exactly one identifier.');
      const document = store.get(stateScope(activityId, key, registration), stateId);
      return document && readDocument(document);
    },
    async close() {
      await server.close();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
