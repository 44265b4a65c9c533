import { pipeline, Readable, Transform } from 'node:stream';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { copyBufferBytes, readChunks, type SyncReader } from '../../load/course-source.js';
import type { SiteFile } from '../../model/site.js';
import type { WrittenPackage } from '../output.js';
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
 * Zip the files deterministically: the stored course files (the media) first, then the others,
 * each part in sorted path order, a folder entry before each folder's files (some LMS unzip code
 * only creates folders it finds as entries), 1980-01-01 on every entry whatever the time zone,
 * fixed modes, no extra fields, no timestamps anywhere. Media is stored, text deflated (level 9).
 *
 * The media part is the same bytes in every package of a site (every target): once one of them is
 * written, the next starts with a `CopiedStart` instead, which the output copies from the written
 * file, in the kernel where it can (see `ZipMemo.start`). That is most of a package's bytes.
 *
 * A stored entry's CRC and sizes come before its data: streaming readers such as Java's
 * ZipInputStream reject stored entries whose sizes come after it. So a stored course file
 * (`source`) is read once, never held whole, its header sent first with no CRC or sizes and set
 * right once the data is through (a `HeaderPatch`, which the output writes over it): with
 * `readSync`, synchronously through one reused 1 MiB buffer (a fresh buffer per file costs more
 * than the copy itself), else from `open`'s stream. A deflated course file of at most
 * `readOnceBytes` is read whole with `readSync`, a larger one streamed; either uses a data
 * descriptor, which every reader supports.
 *
 * Returns the zip as chunks (`collectZip` makes them one buffer). The chunks of a stored course
 * file read with `readSync` share that buffer: each holds its bytes only until the next chunk is
 * asked for (write or copy it first). A course file that cannot be read ends the zip with a
 * `SourceReadError`.
 */
export function writeZip(files: readonly SiteFile[], open: (path: string) => Readable, readSync?: (path: string) => SyncReader, memo?: ZipMemo): ZipStream {
  const byPath = new Map<string, SiteFile>();
  for (const file of files) {
    if (byPath.has(file.path)) throw new Error(`Two package files have the path "${file.path}"`);
    if (file.source === undefined && file.content === undefined && file.make === undefined) {
      throw new Error(`The package file "${file.path}" has neither content nor source`);
    }
    byPath.set(file.path, file);
  }
  const stored = [...byPath.values()].filter((file) => file.source !== undefined && (file.store ?? isPrecompressed(file.path))).map((file) => file.path);
  const start = [...stored, ...folderNames(stored)].sort(comparePaths);
  const inStart = new Set(start);
  const rest = [...byPath.keys(), ...folderNames(byPath.keys())].filter((name) => !inStart.has(name)).sort(comparePaths);
  if (start.length + rest.length > zipLimits.entries) {
    throw new ZipLimitError(`a package without Zip64 holds at most ${zipLimits.entries} files and folders`);
  }
  const own: { start?: ZipStart } = {};
  const chunks = zipChunks(start, rest, byPath, open, readSync, memo ?? createZipMemo(), own);
  return {
    [Symbol.asyncIterator]: () => chunks,
    written(where) {
      if (own.start) own.start.in = where;
    },
  };
}

/**
 * The zip `writeZip` gives, as chunks; once the output has written it, `written` tells where, so
 * the next zips of the build can copy the media part this one wrote (see `ZipMemo.start`).
 */
export interface ZipStream extends AsyncIterable<ZipChunk> {
  written(where: WrittenPackage): void;
}

/** What a zip's chunks are: its bytes in order, a copied start, and headers to write again. */
export type ZipChunk = Buffer | CopiedStart | HeaderPatch;

/**
 * The first `bytes` bytes of a package written earlier (`from`), to be copied as the start of the
 * package being written: the output copies them from its file, or from its bytes in memory. Only
 * ever the first chunk.
 */
export interface CopiedStart {
  from: WrittenPackage;
  bytes: number;
}

/** Bytes to write again, over as many bytes written before, `at` that offset of the zip (a header made right). */
export interface HeaderPatch {
  at: number;
  patch: Buffer;
}

/** The zip `writeZip` gives, as one buffer (tests; the memory output). */
export async function collectZip(chunks: AsyncIterable<ZipChunk>): Promise<Buffer> {
  const parts: Buffer[] = [];
  const patches: HeaderPatch[] = [];
  for await (const chunk of chunks) {
    if (Buffer.isBuffer(chunk)) parts.push(Buffer.from(chunk)); // a copy: the writer reuses its buffer
    else if ('patch' in chunk) patches.push({ at: chunk.at, patch: Buffer.from(chunk.patch) });
    else if (chunk.from.bytes && parts.length === 0) parts.push(Buffer.from(chunk.from.bytes.subarray(0, chunk.bytes)));
    else throw new Error('A zip in memory can start with a copy of another zip in memory, and only start with it');
  }
  const zip = Buffer.concat(parts);
  for (const { at, patch } of patches) patch.copy(zip, at);
  return zip;
}

/**
 * What zipping learnt, for the next zips of the same build (its targets, editions and languages
 * hold the same files): each in-memory file's deflated form, by its content, and the media part
 * of a written zip (`start`). A file made when written (`SiteFile.make`, a lesson's script) is
 * remembered by its maker only in `made`, which a build sets while more zips of the same site are
 * to come: one zip keeps nothing of it, so a build holds one lesson's script at a time.
 */
export interface ZipMemo {
  deflated: Map<string | Uint8Array, Deflated>;
  made?: WeakMap<() => string, Deflated>;
  /**
   * The media part (see `writeZip`) of the last zip that wrote its own, and, once the output has
   * written that very zip (`ZipStream.written`), where it is: a zip that starts with the same files
   * from the same course files copies that part from it, and does not read them again.
   */
  start?: ZipStart;
}

interface ZipStart {
  /** The files of the media part and the course files they come from. */
  key: string;
  bytes: number;
  records: readonly ZipRecord[];
  in?: WrittenPackage;
}

interface Deflated {
  crc: number;
  size: number;
  body: Buffer;
}

export function createZipMemo(): ZipMemo {
  return { deflated: new Map() };
}

/** The largest deflated course file read whole (see `writeZip`). */
export const readOnceBytes = 8 * 1024 * 1024;

async function* zipChunks(
  start: readonly string[],
  rest: readonly string[],
  byPath: ReadonlyMap<string, SiteFile>,
  open: (path: string) => Readable,
  readSync: ((path: string) => SyncReader) | undefined,
  memo: ZipMemo,
  own: { start?: ZipStart },
): AsyncGenerator<ZipChunk> {
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
  const key = JSON.stringify(start.map((name) => [name, byPath.get(name)?.source ?? null]));
  // A start's records are final once it is written, so later zips can share them.
  const copied = start.length > 0 && memo.start?.key === key ? memo.start : undefined;
  if (copied?.in) {
    yield { from: copied.in, bytes: copied.bytes };
    records.push(...copied.records);
    offset = copied.bytes;
  }
  const entry = async function* (name: string): AsyncGenerator<Buffer | HeaderPatch> {
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
          const chunks = readSync ? readChunks(() => readSync(path), (buffer ??= Buffer.allocUnsafe(copyBufferBytes))) : (open(path) as AsyncIterable<Buffer>);
          yield* storedEntry(record, chunks, emit);
        } else {
          const whole = readSync ? readWhole(() => readSync(path)) : undefined;
          yield* whole ? deflatedWhole(record, whole, emit) : deflatedSource(record, () => open(path), emit);
        }
      } catch (error) {
        if (error instanceof SourceReadError || error instanceof ZipLimitError) throw error;
        throw new SourceReadError(path, error);
      }
    }
  };
  if (!copied?.in && start.length) {
    for (const name of start) yield* entry(name);
    memo.start = own.start = { key, bytes: offset, records: records.slice() };
  }
  for (const name of rest) yield* entry(name);
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
 * A stored course file, read once (from a stream or through the reused buffer): its header first,
 * with no CRC or sizes, then its bytes, then the header again with them (`HeaderPatch`).
 */
async function* storedEntry(record: ZipRecord, chunks: Iterable<Buffer> | AsyncIterable<Buffer>, emit: Emit): AsyncGenerator<Buffer | HeaderPatch> {
  yield emit(localFileHeader(record));
  let crc = 0;
  let size = 0;
  for await (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    yield emit(chunk);
  }
  Object.assign(record, { method: 0, crc, size, compressedSize: size });
  yield { at: record.offset, patch: localFileHeader(record) };
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
