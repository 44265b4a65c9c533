import { pipeline, Readable, Transform } from 'node:stream';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import type { SiteFile } from '../../model/site.js';
import { comparePaths } from '../compare-paths.js';
import { isPrecompressed } from './compression.js';
import { crc32 } from './crc32.js';
import { SourceReadError } from './source-read-error.js';
import { ZipLimitError } from './zip-limit-error.js';
import {
  centralDirectoryHeader,
  dataDescriptor,
  endOfCentralDirectory,
  flagDataDescriptor,
  localFileHeader,
  nameFlags,
  zipLimits,
  type ZipRecord,
} from './zip-records.js';

/** Unix modes written on every entry: rw-r--r-- for files, rwxr-xr-x for folders. */
export const zipFileMode = 0o100644;
export const zipDirectoryMode = 0o040755;

const deflateLevel = 9;

/**
 * Zip the files deterministically: entries in sorted path order, a folder entry before each
 * folder's files (some LMS unzip code only creates folders it finds as entries), 1980-01-01 on
 * every entry whatever the time zone, fixed modes, no extra fields, no timestamps anywhere.
 * Media is stored, text deflated (level 9).
 *
 * A stored entry's CRC and sizes come before its data: streaming readers such as Java's
 * ZipInputStream reject stored entries whose sizes come after it. A course file (`source`) that
 * `read` gives whole (at most `readOnceBytes`: the media of a typical course) is read once, in one
 * call, and its CRC computed before it is written; a larger one, or any when `read` is not given,
 * is streamed from `open`, never held whole: a stored one twice, first for its CRC. Deflated course
 * files use a data descriptor, which every reader supports, however they were read.
 *
 * Returns the zip as a stream of chunks; a course file that cannot be read ends it with a
 * `SourceReadError`.
 */
export function writeZip(files: readonly SiteFile[], open: (path: string) => Readable, read?: ReadWhole): AsyncIterable<Buffer> {
  const byPath = new Map<string, SiteFile>();
  for (const file of files) {
    if (byPath.has(file.path)) throw new Error(`Two package files have the path "${file.path}"`);
    if (file.source === undefined && file.content === undefined) {
      throw new Error(`The package file "${file.path}" has neither content nor source`);
    }
    byPath.set(file.path, file);
  }
  const names = [...byPath.keys(), ...folderNames(byPath.keys())].sort(comparePaths);
  if (names.length > zipLimits.entries) {
    throw new ZipLimitError(`a package without Zip64 holds at most ${zipLimits.entries} files and folders`);
  }
  return zipChunks(names, byPath, open, read ?? (() => undefined));
}

/**
 * A course file whole when it has at most `limit` bytes, otherwise undefined (it is streamed);
 * throws when it cannot be read.
 */
export type ReadWhole = (path: string, limit: number) => Uint8Array | undefined;

/** The largest course file read whole, in one call (see `writeZip`). */
export const readOnceBytes = 8 * 1024 * 1024;

async function* zipChunks(
  names: readonly string[],
  byPath: ReadonlyMap<string, SiteFile>,
  open: (path: string) => Readable,
  read: ReadWhole,
): AsyncGenerator<Buffer> {
  const records: ZipRecord[] = [];
  let offset = 0;
  const emit = (chunk: Buffer): Buffer => {
    offset += chunk.length;
    if (offset > zipLimits.bytes) {
      throw new ZipLimitError('the package would be larger than 4 GB, more than a zip without Zip64 can hold');
    }
    return chunk;
  };
  for (const name of names) {
    const file = byPath.get(name);
    const encoded = Buffer.from(name, 'utf8');
    const record: ZipRecord = {
      name: encoded,
      method: 0,
      flags: nameFlags(encoded),
      crc: 0,
      compressedSize: 0,
      size: 0,
      mode: file ? zipFileMode : zipDirectoryMode,
      offset,
    };
    records.push(record);
    if (!file) {
      yield emit(localFileHeader(record));
    } else if (file.source === undefined) {
      yield* inMemoryEntry(record, toBuffer(file.content ?? ''), file.store ?? isPrecompressed(name), emit);
    } else {
      const path = file.source;
      const store = file.store ?? isPrecompressed(name);
      try {
        const whole = read(path, readOnceBytes);
        if (whole) yield* wholeEntry(record, whole, store, emit);
        else yield* (store ? storedSource : deflatedSource)(record, () => open(path), emit);
      } catch (error) {
        if (error instanceof SourceReadError || error instanceof ZipLimitError) throw error;
        throw new SourceReadError(path, error);
      }
    }
  }
  const centralOffset = offset;
  for (const record of records) yield emit(centralDirectoryHeader(record));
  yield emit(endOfCentralDirectory(records.length, offset - centralOffset, centralOffset));
}

type Emit = (chunk: Buffer) => Buffer;

function* inMemoryEntry(record: ZipRecord, data: Buffer, store: boolean, emit: Emit): Generator<Buffer> {
  // Deflating nothing gives two bytes; storing an empty file is the cleaner record.
  const body = store || data.length === 0 ? data : deflateRawSync(data, { level: deflateLevel });
  record.method = body === data ? 0 : 8;
  record.crc = crc32(data);
  record.size = data.length;
  record.compressedSize = body.length;
  yield emit(localFileHeader(record));
  yield emit(body);
}

/**
 * CRCs of the course files read whole, by their buffer: a build writing several packages hands the
 * same buffer to each (src/package/hold-read-files.ts), and it is never changed.
 */
const crcOfBuffer = new WeakMap<Uint8Array, number>();

/** A course file read whole: the same records as streaming it gives (a deflated one keeps its data descriptor). */
function* wholeEntry(record: ZipRecord, whole: Uint8Array, store: boolean, emit: Emit): Generator<Buffer> {
  const data = toBuffer(whole);
  let crc = crcOfBuffer.get(whole);
  if (crc === undefined) crcOfBuffer.set(whole, (crc = crc32(data)));
  if (store) {
    Object.assign(record, { method: 0, crc, size: data.length, compressedSize: data.length });
    yield emit(localFileHeader(record));
    yield emit(data);
    return;
  }
  Object.assign(record, { method: 8, flags: record.flags | flagDataDescriptor });
  yield emit(localFileHeader(record));
  const body = deflateRawSync(data, { level: deflateLevel });
  Object.assign(record, { crc, size: data.length, compressedSize: body.length });
  yield emit(body);
  yield emit(dataDescriptor(record));
}

async function* storedSource(record: ZipRecord, open: () => Readable, emit: Emit): AsyncGenerator<Buffer> {
  let crc = 0;
  let size = 0;
  for await (const chunk of open() as AsyncIterable<Buffer>) {
    crc = crc32(chunk, crc);
    size += chunk.length;
  }
  Object.assign(record, { method: 0, crc, size, compressedSize: size });
  yield emit(localFileHeader(record));
  let again = 0;
  let sent = 0;
  for await (const chunk of open() as AsyncIterable<Buffer>) {
    again = crc32(chunk, again);
    sent += chunk.length;
    if (sent > size) break;
    yield emit(chunk);
  }
  if (sent !== size || again !== crc) throw new Error('the file changed while it was being packaged');
}

async function* deflatedSource(record: ZipRecord, open: () => Readable, emit: Emit): AsyncGenerator<Buffer> {
  Object.assign(record, { method: 8, flags: record.flags | flagDataDescriptor });
  yield emit(localFileHeader(record));
  let crc = 0;
  let size = 0;
  let compressedSize = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      done(null, chunk);
    },
  });
  // pipeline() destroys every stage with the first error, so the loop below rethrows it.
  const deflated = pipeline(open(), measure, createDeflateRaw({ level: deflateLevel }), () => undefined);
  for await (const chunk of deflated as AsyncIterable<Buffer>) {
    compressedSize += chunk.length;
    yield emit(chunk);
  }
  Object.assign(record, { crc, size, compressedSize });
  yield emit(dataDescriptor(record));
}

/** Every parent folder of the given paths, as zip folder names ending in "/". */
function folderNames(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      folders.add(path.slice(0, slash + 1));
    }
  }
  return folders;
}

function toBuffer(content: string | Uint8Array): Buffer {
  return typeof content === 'string'
    ? Buffer.from(content, 'utf8')
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}
