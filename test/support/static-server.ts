import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { contentType } from '../../src/preview/content-type.js';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A local web server for one test: the package at `/`, the test LMS at `/__lms/`. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of a path on this server, e.g. `url('index.html')`. */
  url(path: string): string;
  /**
   * URLs this server answered 404, in order, until a test takes them: also what a browser asks for
   * on its own (a `/favicon.ico`), which a page's response events do not show.
   */
  readonly notFound: string[];
  close(): Promise<void>;
}


const supportDir = dirname(fileURLToPath(import.meta.url));

/** Files of the test LMS, served under `/__lms/`: the real scorm-again runtime and its wrapper page. */
function lmsFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const scormAgainDist = dirname(require.resolve('scorm-again/scorm12/min'));
  return {
    'scorm12.html': join(supportDir, 'lms', 'scorm12.html'),
    // Where a cmi5 LMS's returnURL leads: the course goes there after it ends.
    'returned.html': join(supportDir, 'lms', 'returned.html'),
    'test-lms.js': join(supportDir, 'lms', 'test-lms.js'),
    'scorm-again-scorm12.js': join(scormAgainDist, 'scorm12.min.js'),
    'scorm2004.html': join(supportDir, 'lms', 'scorm2004.html'),
    'scorm-again-scorm2004.js': join(scormAgainDist, 'scorm2004.min.js'),
  };
}

/** Serves `dir` (an unpacked package) and the test LMS on 127.0.0.1, on a free port. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const lms = lmsFiles();
  const notFound: string[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.startsWith('/__lms/') ? lms[path.slice('/__lms/'.length)] : safeJoin(root, path);
    const missing = (): void => {
      notFound.push(origin + (request.url ?? '/'));
      response.writeHead(404).end('not found');
    };
    if (!file) return missing();
    stat(file).then(
      (info) => {
        if (!info.isFile()) return missing();
        // Byte ranges, as the web servers of LMSs answer them: without, a browser cannot seek media.
        const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
        const start = range?.[1] ? Number(range[1]) : range?.[2] ? Math.max(0, info.size - Number(range[2])) : 0;
        const end = range?.[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
        if (range && (start > end || start >= info.size)) return void response.writeHead(416, { 'content-range': `bytes */${info.size}` }).end();
        response.writeHead(range ? 206 : 200, {
          'content-type': contentType(file),
          'content-length': end - start + 1,
          'accept-ranges': 'bytes',
          ...(range ? { 'content-range': `bytes ${start}-${end}/${info.size}` } : {}),
          'cache-control': 'no-store',
        });
        if (info.size === 0) return void response.end();
        createReadStream(file, { start, end }).pipe(response);
      },
      missing,
    );
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/+/, ''), origin + '/').href,
    notFound,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
}

/** `root` + the URL path, or undefined when the path would leave `root`. */
function safeJoin(root: string, urlPath: string): string | undefined {
  const relativePath = normalize(urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath).replace(/^[/\\]+/, '');
  const file = join(root, relativePath);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}
