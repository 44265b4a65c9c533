import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import type { CourseSource } from '../load/course-source.js';
import { siteFileContent, type SiteFile } from '../model/site.js';
import { parseByteRange } from './byte-range.js';
import { contentType } from './content-type.js';

/**
 * An SVG opened by itself (a lesson links to it) is a page of the preview's address: whatever the
 * build's check let through, it runs no script and loads nothing from elsewhere.
 */
const drawingPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox";

/**
 * Sends one package file, the whole of it or the byte range the request asks for (206 with
 * Content-Range; 416 for a range outside the file): a video's chapters and seek bar need ranges.
 */
export function sendFile(request: IncomingMessage, response: ServerResponse, file: SiteFile, source: CourseSource, headers: Record<string, string>): void {
  const content = siteFileContent(file);
  const bytes = content === undefined ? undefined : typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  const size = bytes ? bytes.byteLength : source.size(file.source ?? file.path);
  const common = { ...headers, 'content-type': contentType(file.path), 'accept-ranges': 'bytes', ...(/\.svg$/i.test(file.path) ? { 'content-security-policy': drawingPolicy } : {}) };
  const range = parseByteRange(request.headers.range, size);
  if (range === 'unsatisfiable') return void response.writeHead(416, { ...common, 'content-range': `bytes */${size}` }).end();
  const { start, end } = range ?? { start: 0, end: size - 1 };
  response.writeHead(range ? 206 : 200, { ...common, 'content-length': String(Math.max(0, end - start + 1)), ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}) });
  if (request.method === 'HEAD') return void response.end();
  if (bytes) return void response.end(bytes.subarray(start, end + 1));
  // A text the build read (an SVG it checked) comes as it was read, or fails: the response is cut off, never the file as it is now.
  const stream = source.open(file.source ?? file.path);
  (range ? stream.pipe(slice(stream, start, end)) : stream).on('error', () => response.destroy()).pipe(response);
}

/** The bytes `start`…`end` of a stream; stops reading the file once past `end`. */
function slice(stream: Readable, start: number, end: number): Transform {
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const from = Math.max(0, start - offset);
      const to = Math.min(chunk.length, end + 1 - offset);
      offset += chunk.length;
      if (to > from) this.push(chunk.subarray(from, to));
      if (offset > end) {
        this.push(null);
        stream.destroy();
      }
      done();
    },
  });
}
