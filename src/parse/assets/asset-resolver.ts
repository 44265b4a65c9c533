import { posix } from 'node:path';
import type { SourceLocation } from '../../model/position.js';
import type { CourseSource } from '../../load/course-source.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { readSourceText, refusedFile, reportSourceFileError } from '../../load/read-source-text.js';
import { readSvg } from './check-svg.js';
import { checksExtension, mediaFacts, type PictureSize } from './check-media.js';
import { reportMediaFinding } from './report-media.js';
import { closestId } from '../closest-id.js';

/** File types a package may carry, by kind: what browsers play and LMSs accept (standards §0.6). */
export const assetKinds = {
  picture: ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif'],
  video: ['mp4', 'webm'],
  sound: ['mp3', 'm4a', 'ogg', 'oga', 'wav'],
  captions: ['vtt'],
  document: ['pdf'],
  markdown: ['md'],
  text: ['txt'],
} as const;
export type AssetKind = keyof typeof assetKinds;

const kinds: ReadonlyMap<string, AssetKind> = new Map(
  (Object.entries(assetKinds) as [AssetKind, readonly string[]][]).flatMap(([kind, extensions]) => extensions.map((extension) => [extension, kind] as const)),
);

/** File types a package may carry (`assetKinds`). */
export const assetExtensions: ReadonlySet<string> = new Set(kinds.keys());

/** The kind of file a path names, by its extension; undefined for a type no package carries. */
export const assetKindOf = (path: string): AssetKind | undefined => kinds.get(posix.extname(path.split(/[?#]/)[0]!).slice(1).toLowerCase());

const safePath = /^[A-Za-z0-9._/-]+$/;

/** Resolves author paths to course-relative paths, reporting every bad one, and remembers what is used. */
export interface AssetResolver {
  /** Course-relative path for `url` written in `fromFile`, or undefined when it is unusable (reported). */
  resolve(fromFile: string, url: string, at: SourceLocation): string | undefined;
  /** Every asset resolved so far, sorted (packaged as media). */
  used(): string[];
  /** The size in pixels of the picture at `path` (as this resolver resolved it), read from its header then; undefined when not known. */
  imageSize(path: string): PictureSize | undefined;
}

export function createAssetResolver(source: CourseSource, sink: DiagnosticSink): AssetResolver {
  const used = new Set<string>();
  // Lower-cased path → the first use, so two files that one would overwrite on Windows are caught.
  const usedByCase = new Map<string, { path: string; at: SourceLocation }>();
  // An SVG used on many pages is checked and reported once, at the offending node in the SVG,
  // since that is what the author has to change; the first use is named as related.
  const svgSafe = new Map<string, boolean>();
  // A picture's size in pixels (for its <img>), read with what else the build reads of the file:
  // an SVG's from its root element, where the safety check parses it; others' from their bytes.
  const pictureSizes = new Map<string, PictureSize | undefined>();
  const isSafeSvg = (path: string, usedAt: SourceLocation): boolean => {
    let safe = svgSafe.get(path);
    if (safe === undefined) {
      const text = readSourceText(source, path, sink, usedAt);
      const reading = text === undefined ? undefined : readSvg(text);
      const problem = reading?.problem;
      safe = reading !== undefined && problem === undefined;
      svgSafe.set(path, safe);
      if (reading?.size) pictureSizes.set(path, reading.size);
      if (problem) {
        const at = { file: path, range: { start: problem.at } };
        sink.report('asset-unsafe-svg', { at, values: { path, reason: problem.reason }, related: [{ at: usedAt, message: 'Used here.' }] });
      }
    }
    return safe;
  };
  // What each picture's, recording's, video's and PDF's bytes say, read at its first use with one
  // opening of the file: its problems, reported there (see check-media.ts), and a picture's size.
  const readMedia = (path: string, ext: string, usedAt: SourceLocation): void => {
    if (pictureSizes.has(path) || !checksExtension(ext)) return;
    let size: PictureSize | undefined;
    let reader;
    try {
      reader = source.readSync?.(path);
    } catch {
      // unreadable: packaging reports it
    }
    try {
      if (reader?.readAt) {
        const file = { size: reader.size, read: reader.readAt.bind(reader) };
        const facts = mediaFacts(ext, file);
        for (const finding of facts.findings) reportMediaFinding(finding, path, ext, usedAt, sink);
        size = facts.size;
      }
    } catch {
      // a read that fails: packaging reports it
    } finally {
      reader?.close();
    }
    pictureSizes.set(path, size);
  };
  return {
    imageSize: (path) => pictureSizes.get(path),
    resolve(fromFile, url, at) {
      const path = courseRelativePath(fromFile, url);
      if (path === undefined) {
        sink.report('asset-outside-course', { at, values: { path: url, ...backslashedSuggestion(fromFile, url, source) } });
        return undefined;
      }
      if (!safePath.test(path)) {
        sink.report('asset-unsafe-name', { at, values: { path, suggestion: safeName(path) } });
        return undefined;
      }
      const reserved = reservedSegment(path);
      if (reserved !== undefined) {
        sink.report('asset-reserved-name', { at, values: { path, ...reserved, reserved: 'CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9' } });
        return undefined;
      }
      const ext = posix.extname(path).slice(1).toLowerCase();
      if (!assetExtensions.has(ext)) {
        sink.report('asset-unsupported-type', { at, values: { path, ext: ext ? `.${ext}` : 'no extension' } });
        return undefined;
      }
      const refused = refusedFile(source, path);
      if (refused === 'missing') {
        sink.report('asset-missing', { at, values: { path, ...(rootRelativeSuggestion(fromFile, url, source) ?? closestAsset(path, fromFile, source)) } });
        return undefined;
      }
      if (refused) {
        reportSourceFileError(refused, at, sink);
        return undefined;
      }
      if (ext === 'svg' && !isSafeSvg(path, at)) return undefined;
      readMedia(path, ext, at);
      const first = usedByCase.get(path.toLowerCase());
      if (first && first.path !== path) {
        sink.report('asset-case-clash', { at, values: { path, other: first.path }, related: [{ at: first.at, message: `"${first.path}" is used here.` }] });
        return undefined;
      }
      usedByCase.set(path.toLowerCase(), { path, at });
      used.add(path);
      return path;
    },
    used: () => [...used].sort(),
  };
}

/** Names Windows reserves for devices, with any extension: `con.png`, `Aux/x.png`, `LPT1.svg`. */
const reservedNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** The first folder or file name in `path` that Windows reserves, as written, and a rename. */
function reservedSegment(path: string): { name: string; suggestion: string } | undefined {
  const segments = path.split('/');
  const index = segments.findIndex((segment) => reservedNames.test(segment.split('.')[0] ?? ''));
  const segment = segments[index];
  if (segment === undefined) return undefined;
  const name = segment.split('.')[0] ?? '';
  segments[index] = `${name}-file${segment.slice(name.length)}`;
  return { name, suggestion: segments.join('/') };
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

/**
 * A path written as if from the course folder (`media/a.vtt` in lessons/one.md, where the course
 * has media/a.vtt): the path to that file from `fromFile` (`../media/a.vtt`) as the suggestion,
 * and `fromFile` as `from`, to say what paths are relative to. Undefined when the course has no
 * such file, or when that is where the path leads already.
 */
export function rootRelativeSuggestion(fromFile: string, url: string, source: CourseSource): { suggestion: string; from: string } | undefined {
  const fromRoot = courseRelativePath('', url);
  if (fromRoot === undefined || fromRoot === courseRelativePath(fromFile, url) || !source.has(fromRoot)) return undefined;
  return { suggestion: posix.relative(posix.dirname(fromFile), fromRoot), from: fromFile };
}

/**
 * For a path written with Windows separators (`..\media\ward.png`), the file it leads to once they
 * are turned round, written from `fromFile`: as it is when that file exists, else the course file
 * it most likely means (from the course folder, or most like it). Nothing for other paths.
 */
function backslashedSuggestion(fromFile: string, url: string, source: CourseSource): { suggestion?: string } {
  const turned = url.replace(/\\/g, '/');
  if (turned === url || /^[a-z]:/i.test(url) || url.startsWith('\\')) return {};
  const path = courseRelativePath(fromFile, turned);
  if (path === undefined) return {};
  if (source.has(path)) return { suggestion: turned };
  const fromRoot = rootRelativeSuggestion(fromFile, turned, source);
  return fromRoot ? { suggestion: fromRoot.suggestion } : closestAsset(path, fromFile, source);
}

/**
 * The course file most like a missing one (a typo, another extension, other letter case), as the
 * author would write it from `fromFile`; only files of types a package may carry are offered.
 */
function closestAsset(path: string, fromFile: string, source: CourseSource): { suggestion?: string } {
  // Of the same kind: a missing transcript is not told a recording with a name like it.
  const kind = assetKindOf(path);
  const candidates = source.list().filter((file) => assetKindOf(file) !== undefined && (kind === undefined || assetKindOf(file) === kind));
  const closest = closestId(path, candidates);
  return closest === undefined ? {} : { suggestion: posix.relative(posix.dirname(fromFile), closest) };
}
