import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/** Learning Locker's xapi-statements, mounted in this process as one request handler. */
export interface StatementsService {
  /** Hands a request to the service's express app (statements, `about`, full activities; 404 for anything else). */
  handle(request: IncomingMessage, response: ServerResponse): void;
}

/** Options for {@link loadStatementsService}. */
export interface StatementsServiceOptions {
  /** Folder for statement attachments; the caller removes it. */
  storageDir: string;
  /** winston console level; `'off'` (no winston level has that name) logs nothing. */
  logLevel: string;
}

/** The few parts of the service's compiled modules that are wired together here, as dist/server.js does. */
interface ServiceModules {
  express: () => ExpressApp;
  createService: () => unknown;
  createTranslator: () => unknown;
  createPresenter: (config: Record<string, unknown>) => Record<'aboutRouter' | 'fullActivitiesRouter' | 'statementsRouter', unknown>;
  config: { express: { bodyParserLimit: string } };
  logger: { unhandleExceptions(): void };
  tracker: unknown;
  routes: { aboutRoute: string; fullActivitiesRoute: string; statementsRoute: string };
}

interface ExpressApp {
  (request: IncomingMessage, response: ServerResponse): void;
  use(path: string, router: unknown): void;
}

const packageJson = createRequire(import.meta.url).resolve('xapi-statements/package.json');
const serviceRequire = createRequire(packageJson);
const distDir = join(dirname(packageJson), 'dist');

/**
 * Loads a fresh copy of xapi-statements (its own in-memory store) and builds its express app the way its
 * dist/server.js does, without that file's `listen` on all interfaces and its `process.exit` handlers.
 */
export function loadStatementsService(options: StatementsServiceOptions): StatementsService {
  // The memory repo is module state: dropping the cached modules gives every test LRS an empty store.
  for (const id of Object.keys(serviceRequire.cache)) if (id.startsWith(distDir + sep)) delete serviceRequire.cache[id];
  // aws-sdk (loaded for the unused S3 repo) prints an end-of-support note from a timer unless told not to.
  (serviceRequire('aws-sdk/lib/maintenance_mode_message') as { suppress: boolean }).suppress = true;
  const modules = withEnv(serviceEnv(options), loadModules);
  // winston's console transport installs a process-wide uncaughtException handler; the test runner owns that.
  modules.logger.unhandleExceptions();
  const app = modules.express();
  const presenter = withoutAccessLog(() => modules.createPresenter({
    llClientInfoEndpoint: '',
    customRoute: 'status',
    customRouteText: 'ok',
    morganDirectory: '',
    bodyParserLimit: modules.config.express.bodyParserLimit,
    service: modules.createService(),
    tracker: modules.tracker,
    translator: modules.createTranslator(),
    logger: modules.logger,
  }));
  app.use(modules.routes.aboutRoute, presenter.aboutRouter);
  app.use(modules.routes.fullActivitiesRoute, presenter.fullActivitiesRouter);
  app.use(modules.routes.statementsRoute, presenter.statementsRouter);
  return { handle: (request, response) => app(request, response) };
}

/** What dist/config.js reads when it loads; every repo is one that needs no network service. */
function serviceEnv(options: StatementsServiceOptions): Record<string, string> {
  return {
    MODELS_REPO: 'memory',
    // There is no memory storage repo ('memory' falls back to 'local'); attachments go to the temp folder.
    STORAGE_REPO: 'local',
    FS_LOCAL_STORAGE_DIR: options.storageDir,
    // 'test' auth maps every token to one client with all scopes, so the front server checks the credentials.
    AUTH_REPO: 'test',
    // 'test' events drop the new-statement notifications the default repo publishes to Redis.
    EVENTS_REPO: 'test',
    WINSTON_CONSOLE_LEVEL: options.logLevel,
    WINSTON_CLOUDWATCH_ENABLED: 'false',
    // Voiding and reference updates finish before the answer, so a read right after a write sees them.
    SERVICE_AWAIT_UPDATES: 'true',
  };
}

function loadModules(): ServiceModules {
  // Each compiled module keeps its main value on `default`; the return type says which one is expected.
  const dist = <T>(path: string): T => (serviceRequire(join(distDir, path)) as { default: T }).default;
  return {
    express: serviceRequire('express') as ServiceModules['express'],
    createService: dist('serviceFactory'),
    createTranslator: dist('translatorFactory'),
    createPresenter: dist('expressPresenter'),
    config: dist('config'),
    logger: dist('logger'),
    tracker: dist('tracker'),
    routes: serviceRequire(join(distDir, 'utils', 'constants')) as ServiceModules['routes'],
  };
}

/**
 * Runs `create` with jscommons' morgan mixin (the service's access log) replaced by a pass-through. That log opens a
 * rotating file stream per router which nothing can close: three open files per test LRS, and a `write after end`
 * error, thrown from an emitter with no listener, if a request finished after closing. The front server logs requests.
 */
function withoutAccessLog<T>(create: () => T): T {
  const mixin = serviceRequire('jscommons/dist/expressPresenter/mixins/morgan') as { default: unknown };
  const accessLog = mixin.default;
  mixin.default = () => (_request: unknown, _response: unknown, next: () => void) => next();
  try {
    return create();
  } finally {
    mixin.default = accessLog;
  }
}

/** Runs `load` with `env` set, then puts the environment back as it was. */
function withEnv<T>(env: Record<string, string>, load: () => T): T {
  const saved = Object.entries(env).map(([name]) => [name, process.env[name]] as const);
  Object.assign(process.env, env);
  try {
    return load();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
