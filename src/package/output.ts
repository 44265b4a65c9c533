import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { makeFolder } from './make-folder.js';
import { trackTempFile } from './temp-files.js';
import { collectZip, type ZipChunk } from './zip/write-zip.js';
import { writeFolder, type FolderEntry } from './write-folder.js';

/** What an output did with one package. */
export interface WrittenPackage {
  /** Where the file now is (folder outputs). */
  path?: string;
  /** The whole file (memory outputs). */
  bytes?: Uint8Array;
  size: number;
}

/** What an output did with one unpacked package. */
export interface WrittenFolder {
  /** Where the folder now is (folder outputs). */
  path?: string;
  /** Every file by its path in the folder (memory outputs). */
  files?: ReadonlyMap<string, Uint8Array>;
  /** Total bytes of the files. */
  size: number;
}

/**
 * Where packages go. Writing either completes or leaves nothing behind: on any failure the
 * promise rejects and no partial file exists.
 */
export interface Output {
  /** How to name the written file in messages, e.g. `dist/course-scorm12-1.zip`. */
  describe(fileName: string): string;
  /**
   * Writes a package: its bytes, a first chunk that is a `CopiedStart` (the start of a package this
   * output wrote before) and `HeaderPatch`es, bytes written again over earlier ones.
   */
  write(fileName: string, data: AsyncIterable<ZipChunk>): Promise<WrittenPackage>;
  /** Writes a package's files unpacked into folder `name`, all or nothing (web target). */
  writeFolder(name: string, entries: readonly FolderEntry[]): Promise<WrittenFolder>;
  /**
   * Removes what `write` or `writeFolder` put at these names: a package whose unpacked folder or
   * report key could not be written goes too, so no package is left without them. Never throws.
   */
  discard(names: readonly string[]): Promise<void>;
}

/**
 * Writes packages into a folder (created when missing). Each package is streamed into a hidden
 * temporary file next to its final name and renamed into place only when complete, so a reader
 * never sees a half-written zip and a failed build leaves the previous package untouched.
 */
export function createDirectoryOutput(dir: string): Output {
  return {
    describe: (fileName) => join(dir, fileName),
    async write(fileName, data) {
      const path = join(dir, fileName);
      // Same folder as the target so the rename stays on one file system and is atomic.
      const temp = join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
      // Known before it exists, so Ctrl-C during a long write can still remove it (src/cli).
      const untrack = trackTempFile(temp);
      try {
        await makeFolder(dir);
        await writeChunks(temp, data);
        await rename(temp, path);
        return { path, size: (await stat(path)).size };
      } catch (error) {
        // A stream not read to the end (or not at all) is ended, so the files it has open are
        // closed; a generator left by the loop above has already been ended by it.
        if (data instanceof Readable) data.destroy();
        await rm(temp, { force: true }).catch(() => undefined);
        throw error;
      } finally {
        untrack();
      }
    },
    async writeFolder(name, entries) {
      await makeFolder(dir);
      const size = await writeFolder(dir, name, entries);
      return { path: join(dir, name), size };
    },
    async discard(names) {
      for (const name of names) await rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** Chunks smaller than this are gathered (copied) and written together: a zip's many small headers and files. */
const smallChunkBytes = 64 * 1024;
const batchBytes = 1024 * 1024;

/**
 * Writes the chunks into a new file (never over an existing one): small ones gathered into about
 * 1 MiB per write call, large ones written as they come. Each chunk is written or copied before
 * the next is asked for, so a source may reuse its buffer (writeZip does). A first chunk that is a
 * `CopiedStart` makes the file a copy of the earlier package cut to that start (`copyFile`: the
 * kernel copies the bytes, or shares them where the file system can); a `HeaderPatch` is written
 * where it says. Leaving the loop early, on an error, ends the source's iteration (its files are
 * closed).
 */
async function writeChunks(path: string, data: AsyncIterable<ZipChunk>): Promise<void> {
  const chunks = data[Symbol.asyncIterator]();
  let file: FileHandle | undefined;
  let position = 0;
  const batch = Buffer.allocUnsafe(batchBytes);
  let batched = 0;
  const flush = async (): Promise<void> => {
    if (batched) await file!.write(batch, 0, batched, position);
    position += batched;
    batched = 0;
  };
  try {
    let next = await chunks.next();
    if (!next.done && 'from' in next.value) {
      const { from, bytes } = next.value;
      await copyStart(from, path, bytes);
      file = await open(path, 'r+');
      await file.truncate(bytes);
      position = bytes;
      next = await chunks.next();
    } else {
      file = await open(path, 'wx');
    }
    for (; !next.done; next = await chunks.next()) {
      const chunk = next.value;
      if ('from' in chunk) throw new Error('A package can start with a copy, not hold one further on');
      if ('patch' in chunk) {
        await flush();
        await file.write(chunk.patch, 0, chunk.patch.byteLength, chunk.at);
      } else if (chunk.byteLength < smallChunkBytes) {
        if (batched + chunk.byteLength > batchBytes) await flush();
        batch.set(chunk, batched);
        batched += chunk.byteLength;
      } else {
        await flush();
        await file.write(chunk, 0, chunk.byteLength, position);
        position += chunk.byteLength;
      }
    }
    await flush();
  } catch (error) {
    await chunks.return?.();
    throw error;
  } finally {
    await file?.close();
  }
}

/**
 * Copies the earlier package `from` into the new file `path` (which must not exist), when it is
 * still the file that was written: a regular file of the size written, holding at least `bytes`.
 */
async function copyStart(from: WrittenPackage, path: string, bytes: number): Promise<void> {
  if (from.path === undefined) throw new Error('the package it shares its media with is in memory, not in a file');
  const info = await lstat(from.path);
  if (!info.isFile() || info.size !== from.size || from.size < bytes) {
    throw new Error(`the package it shares its media with (${from.path}) changed while the build ran`);
  }
  // FICLONE: where the file system shares blocks between files (APFS on a Mac, Btrfs, XFS), the copy
  // is made at once and takes no room of its own; elsewhere the kernel copies the bytes.
  await copyFile(from.path, path, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
}

/** An output that keeps packages in memory, for tests and for callers that upload bytes. */
export interface MemoryOutput extends Output {
  /** Every package written so far, by file name. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Every unpacked package written so far, by folder name: its files by path. */
  readonly folders: ReadonlyMap<string, ReadonlyMap<string, Uint8Array>>;
}

/** Collects packages in memory; nothing touches the disk. */
export function createMemoryOutput(): MemoryOutput {
  const files = new Map<string, Uint8Array>();
  const folders = new Map<string, Map<string, Uint8Array>>();
  return {
    files,
    folders,
    describe: (fileName) => fileName,
    async write(fileName, data) {
      const bytes = new Uint8Array(await collectZip(data));
      files.set(fileName, bytes);
      return { bytes, size: bytes.byteLength };
    },
    async writeFolder(name, entries) {
      // Read everything first, so a failure leaves no folder behind.
      const folder = new Map<string, Uint8Array>();
      for (const entry of entries) folder.set(entry.path, entry.bytes?.() ?? (await readAll(entry.open())));
      folders.set(name, folder);
      let size = 0;
      for (const bytes of folder.values()) size += bytes.byteLength;
      return { files: folder, size };
    },
    async discard(names) {
      for (const name of names) {
        files.delete(name);
        folders.delete(name);
      }
    },
  };
}

/** A file's stream as one array; each chunk is copied as it comes (a source may reuse its buffer). */
async function readAll(data: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of data) chunks.push(new Uint8Array(chunk));
  return new Uint8Array(Buffer.concat(chunks));
}
