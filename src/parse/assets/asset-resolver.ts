import { posix } from 'node:path';
import type { SourceLocation } from '../../model/position.js';
import type { CourseSource } from '../../load/course-source.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/** File types a package may carry: what browsers play and LMSs accept (standards §0.6). */
export const assetExtensions = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif',
  'mp4', 'webm', 'mp3', 'm4a', 'ogg', 'oga', 'wav',
  'vtt', 'pdf', 'md', 'txt',
]);

const safePath = /^[A-Za-z0-9._/-]+$/;
/** Script in an SVG runs when the file is opened directly (a link, a new tab) on the LMS's domain. */
const unsafeSvg = /<script|<foreignObject|\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*javascript:/i;

/** Resolves author paths to course-relative paths, reporting every bad one, and remembers what is used. */
export interface AssetResolver {
  /** Course-relative path for `url` written in `fromFile`, or undefined when it is unusable (reported). */
  resolve(fromFile: string, url: string, at: SourceLocation): string | undefined;
  /** Every asset resolved so far, sorted (packaged as media). */
  used(): string[];
}

export function createAssetResolver(source: CourseSource, sink: DiagnosticSink): AssetResolver {
  const used = new Set<string>();
  // An SVG used on many pages is read once.
  const svgs = new Map<string, string>();
  const svgText = (path: string): string => {
    let text = svgs.get(path);
    if (text === undefined) svgs.set(path, (text = source.readText(path)));
    return text;
  };
  return {
    resolve(fromFile, url, at) {
      const path = courseRelativePath(fromFile, url);
      if (path === undefined) {
        sink.report('asset-outside-course', { at, values: { path: url } });
        return undefined;
      }
      if (!safePath.test(path)) {
        sink.report('asset-unsafe-name', { at, values: { path, suggestion: safeName(path) } });
        return undefined;
      }
      const ext = posix.extname(path).slice(1).toLowerCase();
      if (!assetExtensions.has(ext)) {
        sink.report('asset-unsupported-type', { at, values: { path, ext: ext ? `.${ext}` : 'no extension' } });
        return undefined;
      }
      if (!source.has(path)) {
        sink.report('asset-missing', { at, values: { path } });
        return undefined;
      }
      if (ext === 'svg' && unsafeSvg.test(svgText(path))) {
        sink.report('asset-unsafe-svg', { at, values: { path } });
        return undefined;
      }
      used.add(path);
      return path;
    },
    used: () => [...used].sort(),
  };
}

/** Resolve `url` against the folder of `fromFile`; undefined when it leaves the course folder. */
export function courseRelativePath(fromFile: string, url: string): string | undefined {
  let decoded = url.split(/[?#]/)[0] ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // keep the raw text; the safe-name check reports it
  }
  if (decoded.startsWith('/') || /^[a-z]:/i.test(decoded) || decoded.includes('\\')) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), decoded));
  if (joined === '..' || joined.startsWith('../') || joined === '.') return undefined;
  return joined;
}

function safeName(path: string): string {
  return path
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9._/-]/g, '')
    .toLowerCase();
}
