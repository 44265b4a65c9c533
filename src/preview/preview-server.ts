import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatDiagnostic } from '../diagnostics/format-diagnostics.js';
import { buildPreviewSite, type PreviewBuild } from './build-preview-site.js';
import { contentType } from './content-type.js';
import { previewAssets } from './preview-assets.js';

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
  rebuild(): PreviewBuild;
  close(): Promise<void>;
}

/** What the preview page learns about each build. */
interface BuildStatus {
  version: number;
  ok: boolean;
  courseId?: string;
  /** Printed form of each problem, as the terminal shows it. */
  diagnostics: string[];
  errors: number;
}

/**
 * Serves a course for the author on 127.0.0.1 only: the course as its SCORM 1.2 package holds it,
 * inside a preview page where a real SCORM runtime (scorm-again) plays the LMS and an inspector
 * shows what it received. Files are served from the in-memory build by exact package path, so no
 * request can reach another file on the machine. Saves rebuild the course and the page reloads it,
 * keeping the learner's state; a build with errors shows them and keeps the last good build.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const assets = previewAssets();
  let version = 0;
  let latest: PreviewBuild;
  let good: PreviewBuild | undefined;
  let status: BuildStatus;
  const listeners = new Set<ServerResponse>();

  const rebuild = (): PreviewBuild => {
    const started = performance.now();
    latest = buildPreviewSite(options.dir, options.runtimeDir);
    version++;
    if (latest.files) good = latest;
    const errors = latest.diagnostics.filter((d) => d.severity === 'error').length;
    status = { version, ok: latest.files !== undefined, ...(latest.courseId ? { courseId: latest.courseId } : {}), diagnostics: latest.diagnostics.map((d) => formatDiagnostic(d)), errors };
    for (const response of listeners) response.write(`event: build\ndata: ${JSON.stringify(status)}\n\n`);
    options.onBuild?.(latest, performance.now() - started);
    return latest;
  };
  rebuild();

  const server = createServer((request, response) => handle(request, response));
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return void response.writeHead(400).end('bad request');
    }
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (path === '/__preview/events') {
      response.writeHead(200, { ...headers, 'content-type': 'text/event-stream' });
      response.write(`event: build\ndata: ${JSON.stringify(status)}\n\n`);
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (path === '/__preview/status') return void response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(status));
    const asset = path === '/' ? assets.get('index.html') : path.startsWith('/__preview/') ? assets.get(path.slice('/__preview/'.length)) : undefined;
    if (asset) return void response.writeHead(200, { ...headers, 'content-type': asset.type }).end(request.method === 'HEAD' ? undefined : asset.content);
    const file = path.startsWith('/course/') && good?.files ? good.files.get(path.slice('/course/'.length) || 'index.html') : undefined;
    if (!file || !good) return void response.writeHead(404, headers).end('not found');
    response.writeHead(200, { ...headers, 'content-type': contentType(file.path) });
    if (request.method === 'HEAD') return void response.end();
    if (file.content !== undefined) return void response.end(file.content);
    good.source.open(file.source ?? file.path).on('error', () => response.destroy()).pipe(response);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  let watcher: FSWatcher | undefined;
  if (options.watch !== false) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Editors save in bursts (write, rename, touch): build once the burst is over.
    watcher = watch(options.dir, { recursive: true }, (_event, name) => {
      if (name && String(name).split(/[\\/]/).some((part) => part.startsWith('.'))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => rebuild(), 30);
    });
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    address,
    get version() {
      return version;
    },
    rebuild,
    close: () => new Promise((resolve) => {
      watcher?.close();
      for (const response of listeners) response.end();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
