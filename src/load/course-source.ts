import { closeSync, constants, createReadStream, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describeFileError } from '../package/describe-file-error.js';
import { checkUtf8 } from './check-utf8.js';
import { SourceFileError } from './source-file-error.js';
import { maxTextFileBytes } from './text-file-limits.js';

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
  /**
   * Whole file as UTF-8 text (for small author files), with Windows line ends (CRLF) read as LF and
   * without the byte order mark some editors put first (Notepad), so such a file builds the same
   * packages and positions as one without them. Throws if
   * missing, and a `SourceFileError` when the file is over `maxTextFileBytes` or cannot be read
   * (read it with `readSourceText`).
   */
  readText(path: string): string;
  /** Whole file as bytes (for small files, at most `maxTextFileBytes`). Throws as `readText`. */
  readBytes(path: string): Uint8Array;
  /** Stream a file (for media, which can be large); a file that cannot be read gives a stream that fails. */
  open(path: string): Readable;
  /**
   * Open a file for synchronous reads into the caller's buffer (packaging copies media through one
   * reused buffer this way: far cheaper than a stream, or than a fresh buffer per file). Throws a
   * `SourceFileError` when it cannot be opened; its `read` throws when reading fails.
   */
  readSync?(path: string): SyncReader;
  /** Why a file must not be used at all (a hard link; a symbolic link, which is not listed), known without reading it. */
  check?(path: string): SourceFileError | undefined;
}

/** A course file open for synchronous reads (`CourseSource.readSync`). */
export interface SyncReader {
  /** The file's size when it was opened. */
  readonly size: number;
  /** Reads the next bytes into `into` from its start; how many (0 at the end of the file). */
  read(into: Uint8Array): number;
  /** Reads the bytes at `position` into `into` from its start, leaving the next `read` where it was; how many (media checks read a few box headers this way). */
  readAt?(into: Uint8Array, position: number): number;
  close(): void;
}

/** Size of the buffer packaging copies course files through (`readChunks`). */
export const copyBufferBytes = 1024 * 1024;

/**
 * The bytes of a file opened with `open` (a `CourseSource.readSync`), read into `buffer`: each
 * chunk is a view of it, valid until the next is asked for. The file is closed at the end, or
 * when the caller stops early.
 */
export function* readChunks(open: () => SyncReader, buffer: Buffer): Generator<Buffer> {
  const reader = open();
  try {
    for (let n = reader.read(buffer); n > 0; n = reader.read(buffer)) yield buffer.subarray(0, n);
  } finally {
    reader.close();
  }
}

const ignored = new Set(['.git', 'node_modules', '.DS_Store', 'Thumbs.db', '__MACOSX']);

/** What the folder listing saw of a file: opening it later must find the same file. */
interface ListedFile {
  size: number;
  dev: number;
  ino: number;
  nlink: number;
}

// Where the platform has no O_NOFOLLOW (Windows), the identity check below still catches a swap.
const noFollow = constants.O_NOFOLLOW ?? 0;

/**
 * A course folder on disk. Hidden files, OS clutter, links and folders that cannot be listed are
 * left out. Files are opened without following links and must be the very file the listing saw
 * (same device and inode), so a file swapped for a link during the build is never read; a file
 * with other hard links may be a file from outside the course, and is refused.
 */
export function createDiskSource(root: string, label = root): CourseSource {
  const files = new Map<string, ListedFile>();
  // Symbolic links are left out, and named when a course refers to one.
  const links = new Set<string>();
  const walk = (dir: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable folder is not part of the course; paths into it are reported as missing
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || ignored.has(entry.name)) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const abs = join(dir, entry.name);
      if (entry.isSymbolicLink()) links.add(rel);
      else if (entry.isDirectory()) walk(abs, rel);
      else if (entry.isFile()) {
        try {
          const stat = lstatSync(abs);
          if (stat.isFile()) files.set(rel, { size: stat.size, dev: stat.dev, ino: stat.ino, nlink: stat.nlink });
        } catch {
          // gone since the folder was listed
        }
      }
    }
  };
  walk(root, '');
  const sorted = [...files.keys()].sort();
  const check = (path: string): SourceFileError | undefined => {
    if (links.has(path)) return new SourceFileError(path, 'unreadable', { reason: 'it is a symbolic link, which is never read from a course; copy the file itself into the course' });
    // A file in a linked folder is not listed either: said so, rather than "not found" of a file the author sees.
    const segments = path.split('/');
    for (let end = 1; end < segments.length; end++) {
      const folder = segments.slice(0, end).join('/');
      if (links.has(folder)) return new SourceFileError(path, 'unreadable', { reason: `it is in "${folder}", a symbolic link to a folder, which is never read from a course; copy the folder itself into the course` });
    }
    return (files.get(path)?.nlink ?? 1) > 1 ? new SourceFileError(path, 'hard-linked', { reason: 'it has other hard links, so it may be a file from outside the course' }) : undefined;
  };
  /** Open the listed file at `path`, refusing links and any file other than the one listed. */
  const openListed = (path: string): number => {
    const listed = files.get(path);
    if (!listed) throw new Error(`No file "${path}" in the course`);
    const refused = check(path);
    if (refused) throw refused;
    let fd: number;
    try {
      fd = openSync(join(root, path), constants.O_RDONLY | noFollow);
    } catch (error) {
      throw new SourceFileError(path, 'unreadable', { reason: describeFileError(error), cause: error });
    }
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.dev !== listed.dev || stat.ino !== listed.ino || stat.nlink > 1) {
      closeSync(fd);
      throw new SourceFileError(path, 'unreadable', { reason: 'it was replaced by another file or a link while the build ran' });
    }
    return fd;
  };
  const digests = new Map<string, string>();
  const readWhole = (path: string): Buffer => {
    const limit = maxTextFileBytes(path);
    const listedSize = files.get(path)?.size ?? 0;
    if (listedSize > limit) throw new SourceFileError(path, 'too-large', { size: listedSize, limit });
    const fd = openListed(path);
    try {
      // Never more than the limit, even if the file grew since it was listed.
      const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, limit) + 1);
      let length = 0;
      for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
      if (length > limit) throw new SourceFileError(path, 'too-large', { size: length, limit });
      return buffer.subarray(0, length);
    } catch (error) {
      if (error instanceof SourceFileError) throw error;
      throw new SourceFileError(path, 'unreadable', { reason: describeFileError(error), cause: error });
    } finally {
      closeSync(fd);
    }
  };
  // A file read again (a lesson's blocks after its front matter, a line for a position) must be
  // the text that was parsed, and a text the build read (an SVG it checked, a caption file it
  // parsed) goes into a package, or out of the preview, only as it was read: its digest is kept,
  // not its text, so a build holds the texts it is reading, not every one it has read.
  const readVerified = (path: string): Buffer => {
    const bytes = readWhole(path);
    const digest = createHash('sha256').update(bytes).digest('base64');
    const first = digests.get(path);
    if (first === undefined) digests.set(path, digest);
    else if (first !== digest) throw new SourceFileError(path, 'unreadable', { reason: 'it changed while the build ran' });
    return bytes;
  };
  return {
    label,
    list: () => sorted,
    has: (path) => files.has(path),
    size: (path) => files.get(path)?.size ?? 0,
    readText: (path) => {
      const bytes = readVerified(path);
      checkUtf8(path, bytes);
      return authorText(bytes.toString('utf8'));
    },
    readBytes: (path) => readWhole(path),
    readSync(path) {
      if (digests.has(path)) return bytesReader(readVerified(path));
      const fd = openListed(path);
      return {
        size: fstatSync(fd).size,
        read: (into) => readSync(fd, into, 0, into.byteLength, null),
        readAt: (into, position) => readSync(fd, into, 0, into.byteLength, position),
        close: () => closeSync(fd),
      };
    },
    open: (path) => {
      try {
        if (digests.has(path)) return Readable.from([readVerified(path)]);
        // 1 MiB reads: media is read in a sixteenth of the default 64 KiB round trips.
        return createReadStream('', { fd: openListed(path), highWaterMark: 1 << 20 });
      } catch (error) {
        return new Readable({
          read() {
            this.destroy(error as Error);
          },
        });
      }
    },
    check,
  };
}

/** Bytes in memory read as a file opened with `CourseSource.readSync`. */
function bytesReader(bytes: Uint8Array): SyncReader {
  let at = 0;
  return {
    size: bytes.byteLength,
    read(into) {
      const n = Math.min(into.byteLength, bytes.byteLength - at);
      into.set(bytes.subarray(at, at + n));
      at += n;
      return n;
    },
    readAt(into, position) {
      const part = bytes.subarray(Math.min(position, bytes.byteLength), Math.min(position + into.byteLength, bytes.byteLength));
      into.set(part);
      return part.byteLength;
    },
    close: () => undefined,
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
  const texts = new Map<string, string>();
  const mustFit = (path: string): Uint8Array => {
    const b = must(path);
    const limit = maxTextFileBytes(path);
    if (b.byteLength > limit) throw new SourceFileError(path, 'too-large', { size: b.byteLength, limit });
    return b;
  };
  return {
    label,
    list: () => sorted,
    has: (path) => bytes.has(path),
    size: (path) => bytes.get(path)?.byteLength ?? 0,
    // Kept: a file is decoded once however often a stage asks for it (its bytes are held anyway).
    readText: (path) => {
      let text = texts.get(path);
      if (text === undefined) {
        const fits = mustFit(path);
        checkUtf8(path, fits);
        texts.set(path, (text = authorText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(fits))));
      }
      return text;
    },
    readBytes: mustFit,
    readSync: (path) => bytesReader(must(path)),
    open: (path) => Readable.from([Buffer.from(must(path))]),
  };
}

/**
 * CRLF → LF and no leading byte order mark: line and column numbers stay the same (an editor counts
 * neither), and the text is the same on every checkout and from every editor.
 */
function authorText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r\n') ? unmarked.replace(/\r\n/g, '\n') : unmarked;
}
