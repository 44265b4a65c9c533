import { pipeline, Readable, Transform } from 'node:stream';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { copyBufferBytes, readChunks, type SyncReader } from '../../load/course-source.js';
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
 * ZipInputStream reject stored entries whose sizes come after it. So a stored course file
 * (`source`) is read twice, first for its CRC, never held whole: with `readSync`, synchronously
 * through one reused 1 MiB buffer (a fresh buffer per file costs more than the copy itself), else
 * from `open`'s stream. A deflated course file of at most `readOnceBytes` is read whole with
 * `readSync`, a larger one streamed; either uses a data descriptor, which every reader supports.
 *
 * Returns the zip as chunks. The chunks of a stored course file read with `readSync` share that
 * buffer: each holds its bytes only until the next chunk is asked for (write or copy it first).
 * A course file that cannot be read ends the zip with a `SourceReadError`.
 */
export function writeZip(files: readonly SiteFile[], open: (path: string) => Readable, readSync?: (path: string) => SyncReader, memo?: ZipMemo): AsyncIterable<Buffer> {
  const byPath = new Map<string, SiteFile>();
  for (const file of files) {
    if (byPath.has(file.path)) throw new Error(`Two package files have the path "${file.path}"`);
    if (file.source === undefined && file.content === undefined && file.make === undefined) {
      throw new Error(`The package file "${file.path}" has neither content nor source`);
    }
    byPath.set(file.path, file);
  }
  const names = [...byPath.keys(), ...folderNames(byPath.keys())].sort(comparePaths);
  if (names.length > zipLimits.entries) {
    throw new ZipLimitError(`a package without Zip64 holds at most ${zipLimits.entries} files and folders`);
  }
  return zipChunks(names, byPath, open, readSync, memo ?? createZipMemo());
}

/**
 * What zipping learnt, for the next zips of the same build (its targets, editions and languages
 * hold the same files): each in-memory file's deflated form, by its content, and each stored
 * course file's CRC and size, by its path. With it a stored course file is read once per zip, not
 * twice: the copy still computes its CRC, and a file that changed since fails the zip as before.
 * A file made when written (`SiteFile.make`, a lesson's script) is remembered by its maker only in
 * `made`, which a build sets while more zips of the same site are to come: one zip keeps nothing
 * of it, so a build holds one lesson's script at a time.
 */
export interface ZipMemo {
  deflated: Map<string | Uint8Array, Deflated>;
  made?: WeakMap<() => string, Deflated>;
  stored: Map<string, { crc: number; size: number }>;
}

interface Deflated {
  crc: number;
  size: number;
  body: Buffer;
}

export function createZipMemo(): ZipMemo {
  return { deflated: new Map(), stored: new Map() };
}

/** The largest deflated course file read whole (see `writeZip`). */
export const readOnceBytes = 8 * 1024 * 1024;

async function* zipChunks(
  names: readonly string[],
  byPath: ReadonlyMap<string, SiteFile>,
  open: (path: string) => Readable,
  readSync: ((path: string) => SyncReader) | undefined,
  memo: ZipMemo,
): AsyncGenerator<Buffer> {
  const records: ZipRecord[] = [];
  let offset = 0;
  let buffer: Buffer | undefined;
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
      yield* inMemoryEntry(record, file, file.store ?? isPrecompressed(name), memo, emit);
    } else {
      const path = file.source;
      const store = file.store ?? isPrecompressed(name);
      try {
        if (store) {
          const chunks = readSync ? () => readChunks(() => readSync(path), (buffer ??= Buffer.allocUnsafe(copyBufferBytes))) : () => open(path) as AsyncIterable<Buffer>;
          yield* storedEntry(record, chunks, memo.stored.get(path), emit);
          memo.stored.set(path, { crc: record.crc, size: record.size });
        } else {
          const whole = readSync ? readWhole(() => readSync(path)) : undefined;
          yield* whole ? deflatedWhole(record, whole, emit) : deflatedSource(record, () => open(path), emit);
        }
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

function* inMemoryEntry(record: ZipRecord, file: SiteFile, store: boolean, memo: ZipMemo, emit: Emit): Generator<Buffer> {
  const { make } = file;
  let deflated = store ? undefined : make ? memo.made?.get(make) : file.content !== undefined ? memo.deflated.get(file.content) : undefined;
  if (!deflated) {
    const content = (make ? make() : file.content) ?? '';
    // Deflating nothing gives two bytes; storing an empty file is the cleaner record.
    if (store || content.length === 0) {
      const data = toBuffer(content);
      Object.assign(record, { method: 0, crc: crc32(data), size: data.length, compressedSize: data.length });
      yield emit(localFileHeader(record));
      yield emit(data);
      return;
    }
    const data = toBuffer(content);
    deflated = { crc: crc32(data), size: data.length, body: deflateRawSync(data, { level: deflateLevel }) };
    if (make) memo.made?.set(make, deflated);
    else memo.deflated.set(content, deflated);
  }
  Object.assign(record, { method: 8, crc: deflated.crc, size: deflated.size, compressedSize: deflated.body.length });
  yield emit(localFileHeader(record));
  yield emit(deflated.body);
}

/**
 * A stored course file: read once for its CRC (unless an earlier zip of the build has it:
 * `known`), once into the zip, its CRC checked again; from a stream or through the reused buffer.
 */
async function* storedEntry(record: ZipRecord, chunks: () => Iterable<Buffer> | AsyncIterable<Buffer>, known: { crc: number; size: number } | undefined, emit: Emit): AsyncGenerator<Buffer> {
  let crc = known?.crc ?? 0;
  let size = known?.size ?? 0;
  if (!known) {
    for await (const chunk of chunks()) {
      crc = crc32(chunk, crc);
      size += chunk.length;
    }
  }
  Object.assign(record, { method: 0, crc, size, compressedSize: size });
  yield emit(localFileHeader(record));
  let again = 0;
  let sent = 0;
  for await (const chunk of chunks()) {
    again = crc32(chunk, again);
    sent += chunk.length;
    if (sent > size) break;
    yield emit(chunk);
  }
  if (sent !== size || again !== crc) throw new Error('the file changed while it was being packaged');
}

/** A file of at most `readOnceBytes`, read whole; undefined for a larger one (it is streamed). */
function readWhole(open: () => SyncReader): Buffer | undefined {
  const reader = open();
  try {
    if (reader.size > readOnceBytes) return undefined;
    const data = Buffer.allocUnsafe(reader.size + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < data.length; length += n) n = reader.read(data.subarray(length));
    // Grown since it was opened: what was read is not the whole file.
    if (length > reader.size) throw new Error('the file changed while it was being packaged');
    return data.subarray(0, length);
  } finally {
    reader.close();
  }
}

/** A deflated course file read whole: the records streaming it gives (`deflatedSource`), data descriptor included. */
function* deflatedWhole(record: ZipRecord, data: Buffer, emit: Emit): Generator<Buffer> {
  Object.assign(record, { method: 8, flags: record.flags | flagDataDescriptor });
  yield emit(localFileHeader(record));
  const body = deflateRawSync(data, { level: deflateLevel });
  Object.assign(record, { crc: crc32(data), size: data.length, compressedSize: body.length });
  yield emit(body);
  yield emit(dataDescriptor(record));
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
