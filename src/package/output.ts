import { randomBytes } from 'node:crypto';
import { constants, renameSync } from 'node:fs';
import { copyFile, lstat, open, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { makeFolder } from './make-folder.js';
import { trackTempFile } from './temp-files.js';
import { collectZip, type ZipChunk } from './zip/write-zip.js';
import { placeFolder, stageFolder, type FolderEntry } from './write-folder.js';

/** What an output did with one package. */
export interface WrittenPackage {
  /** Where the file is once committed (folder outputs). */
  path?: string;
  /** The whole file (memory outputs). */
  bytes?: Uint8Array;
  size: number;
}

/** What an output did with one unpacked package. */
export interface WrittenFolder {
  /** Where the folder is once committed (folder outputs). */
  path?: string;
  /** Every file by its path in the folder (memory outputs). */
  files?: ReadonlyMap<string, Uint8Array>;
  /** Total bytes of the files. */
  size: number;
}

/**
 * Where packages go. A package is a zip with, for some targets, its unpacked folder and its report
 * key: each is written in full (`write`, `writeFolder`), then `commit` puts them in place together,
 * so that a build that fails or is stopped leaves each package as it was or wholly new, never a
 * zip beside the report key or folder of another version. Writing either completes or leaves
 * nothing behind: on any failure the promise rejects and no partial file exists.
 */
export interface Output {
  /** How to name the written file in messages, e.g. `dist/course-scorm12-1.zip`. */
  describe(fileName: string): string;
  /**
   * Writes a file of a package (`label`: the package, default `fileName`): its bytes, a first chunk
   * that is a `CopiedStart` (the start of a package this output wrote and committed before) and
   * `HeaderPatch`es, bytes written again over earlier ones. It is in place once committed.
   */
  write(fileName: string, data: AsyncIterable<ZipChunk>, label?: string): Promise<WrittenPackage>;
  /** Writes a package's files unpacked into folder `name`, all or nothing (web target); in place once committed. */
  writeFolder(name: string, entries: readonly FolderEntry[], label?: string): Promise<WrittenFolder>;
  /**
   * Puts what was written at these names in place, together: every one, or (when one fails, a
   * `CommitError` naming it) the caller discards them.
   */
  commit(names: readonly string[]): Promise<void>;
  /**
   * Removes what `write` or `writeFolder` wrote at these names and was not committed, or was in a
   * commit that failed (so no package is left without its folder or report key). Never throws.
   */
  discard(names: readonly string[]): Promise<void>;
}

/** Putting `fileName` in place failed (`Output.commit`); `cause` is the file system's error. */
export class CommitError extends Error {
  constructor(
    readonly fileName: string,
    options: { cause: unknown },
  ) {
    super(`${fileName} could not be put in place`, options);
  }
}

/** A file or folder written under a temporary name beside its own, until it is committed. */
interface Staged {
  temp: string;
  folder: boolean;
  untrack(): void;
}

/**
 * Writes packages into a folder (created when missing). Each file is streamed into a hidden
 * temporary file next to its final name and renamed into place only when it and the rest of its
 * package are complete, so a reader never sees a half-written zip and a failed or stopped build
 * leaves the previous package untouched.
 */
export function createDirectoryOutput(dir: string): Output {
  const staged = new Map<string, Staged>();
  return {
    describe: (fileName) => join(dir, fileName),
    async write(fileName, data, label = fileName) {
      // Same folder as the target so the rename stays on one file system and is atomic.
      const temp = join(dir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
      // Known before it exists, so Ctrl-C during a long write can still remove it (src/cli).
      const untrack = trackTempFile(temp, 'unfinished', label);
      try {
        await makeFolder(dir);
        await writeChunks(temp, data);
        const { size } = await stat(temp);
        staged.set(fileName, { temp, folder: false, untrack });
        return { path: join(dir, fileName), size };
      } catch (error) {
        // A stream not read to the end (or not at all) is ended, so the files it has open are
        // closed; a generator left by the loop above has already been ended by it.
        if (data instanceof Readable) data.destroy();
        await rm(temp, { force: true }).catch(() => undefined);
        untrack();
        throw error;
      }
    },
    async writeFolder(name, entries, label = name) {
      await makeFolder(dir);
      const { temp, size, untrack } = await stageFolder(dir, name, entries, label);
      staged.set(name, { temp, folder: true, untrack });
      return { path: join(dir, name), size };
    },
    async commit(names) {
      // Renamed in one synchronous run: Ctrl-C, handled between turns of the event loop, finds
      // the package's files all old or all new. Folders replaced are removed after.
      const removeOld: (() => Promise<void>)[] = [];
      try {
        for (const name of names) {
          const entry = staged.get(name);
          if (!entry) throw new Error(`${name} was not written before it was to be put in place`);
          try {
            if (entry.folder) removeOld.push(placeFolder(dir, name, entry.temp));
            else renameSync(entry.temp, join(dir, name));
          } catch (error) {
            throw new CommitError(name, { cause: error });
          }
          staged.delete(name);
          entry.untrack();
        }
      } finally {
        for (const remove of removeOld) await remove().catch(() => undefined);
      }
    },
    async discard(names) {
      for (const name of names) {
        const entry = staged.get(name);
        staged.delete(name);
        await rm(entry?.temp ?? join(dir, name), { recursive: true, force: true }).catch(() => undefined);
        entry?.untrack();
      }
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
    // In memory a package's files are seen only once it is returned: nothing to put in place.
    async commit() {},
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
