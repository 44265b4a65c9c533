import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { createBuildCache } from '../cache/build-cache.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostics.js';
import { buildPreviewSite, type PreviewBuild, type PreviewTarget, type PreviewVariant } from './build-preview-site.js';
import { jumpToScenarioNode, learnerScenarios } from './learner-scenarios.js';
import { previewAssets } from './preview-assets.js';
import { createPreviewLrs } from './preview-lrs.js';
import { readJsonBody } from './read-json-body.js';
import { savedLearnerState } from './saved-learner-state.js';
import { sendFile } from './send-file.js';

/** Options of `startPreview`. */
export interface PreviewOptions {
  /** The course folder. */
  dir: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Rebuild when a file in the course folder changes. Default true. */
  watch?: boolean;
  /** Folder of the built runtime bundles; default coursewright's build/runtime. */
  runtimeDir?: string;
  /** The edition and language shown first; default the first edition, in the language the files are written in. */
  edition?: string;
  language?: string;
  /** Called after every build, for the terminal. */
  onBuild?: (build: PreviewBuild, ms: number) => void;
}

/** A running preview. */
export interface PreviewServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly address: AddressInfo;
  /** Builds made so far (1 after start). */
  readonly version: number;
  /** Builds the course again now (what a save does). */
  rebuild(): Promise<PreviewBuild>;
  close(): Promise<void>;
}

/** What the preview page learns about each build. */
interface BuildStatus {
  version: number;
  ok: boolean;
  courseId?: string;
  /** Every edition × language, and the one shown. */
  variants: PreviewVariant[];
  variant?: PreviewVariant;
  /** The package played, and for xAPI where its stand-in LRS answers and with what credentials. */
  target: PreviewTarget;
  lrs?: { endpoint: string; auth: string };
  /** Printed form of each problem, as the terminal shows it. */
  diagnostics: string[];
  errors: number;
  /** How long the build took, in milliseconds. */
  ms: number;
}

/**
 * Serves a course for the author on 127.0.0.1 only: one edition × language of the course as its
 * SCORM 1.2 package holds it, inside a preview page where a real SCORM runtime (scorm-again) plays
 * the LMS and an inspector shows what it received; or as its xAPI package, sending statements to
 * the preview's stand-in LRS (`createPreviewLrs`), which the inspector lists. Files are served from the in-memory build by
 * exact package path, so no request can reach another file on the machine. Saves rebuild the
 * course (reusing the lessons that did not change) and the page reloads it, keeping the learner's
 * state; a build with errors shows them and keeps the last good build.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const assets = previewAssets();
  const cache = createBuildCache();
  const selection: { edition?: string; language?: string; target?: PreviewTarget } = { ...(options.edition ? { edition: options.edition } : {}), ...(options.language ? { language: options.language } : {}) };
  const lrs = createPreviewLrs();
  const broadcast = (event: string, data: unknown): void => {
    for (const response of listeners) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  lrs.onStatement = () => broadcast('statements', { count: lrs.statements.length });
  // The course saved the learner's state: the page shows the scenarios again.
  lrs.onState = () => broadcast('learner-state', {});
  let version = 0;
  let good: PreviewBuild | undefined;
  let status: BuildStatus;
  let latest: PreviewBuild;
  const listeners = new Set<ServerResponse>();

  const buildOnce = async (): Promise<PreviewBuild> => {
    const started = performance.now();
    latest = await buildPreviewSite(options.dir, { ...selection, cache, ...(options.runtimeDir ? { runtimeDir: options.runtimeDir } : {}) });
    const ms = performance.now() - started;
    version++;
    if (latest.files) good = latest;
    status = {
      version,
      ok: latest.files !== undefined,
      ...(latest.courseId ? { courseId: latest.courseId } : {}),
      variants: latest.variants,
      ...(latest.variant ? { variant: latest.variant } : {}),
      target: latest.target,
      ...(latest.target !== 'scorm12' ? { lrs: { endpoint: lrs.path, auth: lrs.authorization } } : {}),
      diagnostics: latest.diagnostics.map((d) => formatDiagnostic(d)),
      errors: latest.diagnostics.filter((d) => d.severity === 'error').length,
      ms: Math.round(ms),
    };
    broadcast('build', status);
    options.onBuild?.(latest, ms);
    return latest;
  };
  // One build at a time; saves during a build make one more build after it.
  let running: Promise<PreviewBuild> | undefined;
  let again = false;
  const rebuild = (): Promise<PreviewBuild> => {
    if (running) {
      again = true;
      return running.then(() => running ?? latest);
    }
    running = buildOnce().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void rebuild();
      }
    });
    return running;
  };
  await rebuild();

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    // Only pages of this preview: another site's page reaching it by a name that resolves to 127.0.0.1 is refused.
    const port = (server.address() as AddressInfo).port;
    if (request.headers.host !== `127.0.0.1:${port}` && request.headers.host !== `localhost:${port}`) return void response.writeHead(403, headers).end('forbidden');
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return void response.writeHead(400, headers).end('bad request');
    }
    if (await lrs.handle(path, new URL(request.url ?? '/', 'http://127.0.0.1').searchParams, request, response)) return;
    if (request.method === 'POST') return post(path, request, response, headers);
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { ...headers, allow: 'GET, HEAD, POST' }).end();
    if (path === '/__preview/events') {
      response.writeHead(200, { ...headers, 'content-type': 'text/event-stream' });
      response.write(`event: build\ndata: ${JSON.stringify(status)}\n\n`);
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (path === '/__preview/status') return json(response, headers, 200, status);
    if (path === '/__preview/statements') return json(response, headers, 200, lrs.statements);
    const asset = path === '/' ? assets.get('index.html') : path.startsWith('/__preview/') ? assets.get(path.slice('/__preview/'.length)) : undefined;
    if (asset) return void response.writeHead(200, { ...headers, 'content-type': asset.type }).end(request.method === 'HEAD' ? undefined : asset.content);
    const file = path.startsWith('/course/') && good?.files ? good.files.get(path.slice('/course/'.length) || 'index.html') : undefined;
    if (!file || !good) return void response.writeHead(404, headers).end('not found');
    sendFile(request, response, file, good.source, headers);
  };

  /**
   * The page's requests: switch edition or language, read and move the learner's scenarios (in
   * the state the page's LMS posts for SCORM 1.2, in the preview LRS for xAPI and cmi5).
   */
  const post = async (path: string, request: IncomingMessage, response: ServerResponse, headers: Record<string, string>): Promise<void> => {
    const body = await readJsonBody(request);
    if (body === undefined) return json(response, headers, 400, { error: 'Expected a JSON body (content-type: application/json).' });
    const text = (name: string): string | undefined => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    if (path === '/__preview/variant') {
      const edition = text('edition');
      const language = text('language');
      const target = text('target') ?? selection.target ?? 'scorm12';
      if (!(good ?? latest).variants.some((v) => v.edition === edition && v.language === language)) return json(response, headers, 404, { error: 'No such edition and language.' });
      if (target !== 'scorm12' && target !== 'xapi' && target !== 'cmi5') return json(response, headers, 404, { error: 'The preview plays SCORM 1.2, xAPI and cmi5 packages.' });
      Object.assign(selection, { edition, language, target });
      await rebuild();
      return json(response, headers, 200, status);
    }
    if (path === '/__preview/cmi5-launch') {
      const registration = text('registration');
      const actor = body.actor;
      if (!good?.cmi5 || !registration || typeof actor !== 'object' || actor === null) return json(response, headers, 409, { error: 'No cmi5 build to launch.' });
      const { activityId, moveOn, masteryScore } = good.cmi5;
      const launchData = { contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: activityId }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() } }, launchMode: 'Normal', moveOn, ...(masteryScore !== undefined ? { masteryScore } : {}) };
      const origin = `http://${request.headers.host ?? ''}`;
      return json(response, headers, 200, { query: lrs.launchCmi5(origin, { activityId, actor: actor as Record<string, unknown>, registration, launchData }) });
    }
    if (path !== '/__preview/scenarios' && path !== '/__preview/scenario-jump') return json(response, headers, 404, { error: 'not found' });
    const runtime = good?.runtime;
    if (!good || !runtime) return json(response, headers, 409, { error: 'No build to read the state with.' });
    // The same reading and jumping for every package; only where the saved state is kept differs.
    const saved = savedLearnerState(good, lrs, body);
    if (!saved) return json(response, headers, 400, { error: 'Expected the learner: suspendData (a string) for SCORM 1.2; target "xapi" or "cmi5", registration (a UUID) and actor (an Agent) for the LRS.' });
    if (path === '/__preview/scenarios') return json(response, headers, 200, { courseId: good.courseId, scenarios: learnerScenarios(runtime, saved.state) });
    const jumped = jumpToScenarioNode(runtime, saved.state, text('scenario') ?? '', text('node') ?? '');
    if (!jumped) return json(response, headers, 404, { error: 'No decisions lead to that node.' });
    saved.save(jumped.state, jumped.location);
    json(response, headers, 200, jumped);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  let watcher: FSWatcher | undefined;
  if (options.watch !== false) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Editors save in bursts (write, rename, touch): build once the burst is over. Many save by
    // writing a new file and renaming it over the old one, after which Node.js 20's own recursive
    // watcher on Linux sees no more changes to that file, and chokidar's file-system events missed
    // such a save right after one in place (once in a dozen runs): each file's size and time are
    // checked every 100 ms instead, which sees every save (a course is some hundred files).
    const hidden = (path: string): boolean => relative(options.dir, path).split(sep).some((part) => part.startsWith('.'));
    watcher = watch(options.dir, { ignoreInitial: true, ignored: hidden, usePolling: true, interval: 100, binaryInterval: 300 });
    watcher.on('all', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 30);
    });
    const ready = watcher;
    await new Promise<void>((resolve, reject) => ready.once('ready', resolve).once('error', reject));
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    address,
    get version() {
      return version;
    },
    rebuild,
    close: () => new Promise((resolve) => {
      void watcher?.close();
      for (const response of listeners) response.end();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function json(response: ServerResponse, headers: Record<string, string>, code: number, value: unknown): void {
  response.writeHead(code, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}
