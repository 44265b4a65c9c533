// Measures what the first screen of a package costs a learner: the requests made until the page
// settles, and the gzip bytes of its HTML, JS and CSS, in headless Chromium (Debian's) against a
// local static server on 127.0.0.1.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// The launch flags the project's browser tests use (STYLE.md §4): no network side traffic.
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.vtt': 'text/vtt', '.png': 'image/png', '.mp4': 'video/mp4', '.svg': 'image/svg+xml' };

function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(root, path || 'index.html');
    if (!file.startsWith(root)) return void response.writeHead(404).end();
    stat(file).then((info) => {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
      createReadStream(file).pipe(response);
    }, () => void response.writeHead(404).end());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Opens `dir/index.html` (an unpacked package) and waits for the network to settle. Returns the
 * number of requests, and the gzip size of the HTML, scripts and stylesheets it loaded.
 */
export async function measureFirstPage(dir) {
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const requests = [];
    // Bodies are read as responses come; all are awaited before counting, or the last ones are missed.
    const sizes = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/favicon.ico')) requests.push(request.url());
    });
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (!['document', 'script', 'stylesheet'].includes(type)) return;
      // A response without a body (a redirect) costs nothing here.
      sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { waitUntil: 'networkidle' });
    const count = requests.length;
    const codeBytes = (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
    return { requests: count, codeBytes };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
