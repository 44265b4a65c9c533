import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/**
 * Read access to the files of one course, from disk or from memory. Every stage reads author
 * files through this, so tests compile courses from in-memory objects.
 */
export interface CourseSource {
  /** How to name the course folder in messages (never an absolute path in output). */
  readonly label: string;
  /** Every file in the course, course-relative posix paths, sorted. */
  list(): readonly string[];
  has(path: string): boolean;
  size(path: string): number;
  /** Whole file as UTF-8 text (for small author files). Throws if missing. */
  readText(path: string): string;
  /** Whole file as bytes (for small files). Throws if missing. */
  readBytes(path: string): Uint8Array;
  /** Stream a file (for media, which can be large). */
  open(path: string): Readable;
}

const ignored = new Set(['.git', 'node_modules', '.DS_Store', 'Thumbs.db', '__MACOSX']);

/** A course folder on disk. Hidden files and OS clutter are left out. */
export function createDiskSource(root: string, label = root): CourseSource {
  const files = new Map<string, number>();
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || ignored.has(entry.name)) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) walk(abs, rel);
      else if (entry.isFile()) files.set(rel, statSync(abs).size);
    }
  };
  walk(root, '');
  const sorted = [...files.keys()].sort();
  const must = (path: string): string => {
    if (!files.has(path)) throw new Error(`No file "${path}" in the course`);
    return join(root, path);
  };
  return {
    label,
    list: () => sorted,
    has: (path) => files.has(path),
    size: (path) => files.get(path) ?? 0,
    readText: (path) => readFileSync(must(path), 'utf8'),
    readBytes: (path) => readFileSync(must(path)),
    open: (path) => createReadStream(must(path)),
  };
}

/** A course held in memory: `{ 'course.yml': '…', 'media/a.png': bytes }`. */
export function createMemorySource(files: Record<string, string | Uint8Array>, label = 'course'): CourseSource {
  const bytes = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    bytes.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  const sorted = [...bytes.keys()].sort();
  const must = (path: string): Uint8Array => {
    const b = bytes.get(path);
    if (!b) throw new Error(`No file "${path}" in the course`);
    return b;
  };
  return {
    label,
    list: () => sorted,
    has: (path) => bytes.has(path),
    size: (path) => bytes.get(path)?.byteLength ?? 0,
    readText: (path) => new TextDecoder().decode(must(path)),
    readBytes: must,
    open: (path) => Readable.from([Buffer.from(must(path))]),
  };
}
