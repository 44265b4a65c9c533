import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { makeFolder } from './make-folder.js';
import { trackTempFile } from './temp-files.js';
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
  write(fileName: string, data: AsyncIterable<Uint8Array>): Promise<WrittenPackage>;
  /** Writes a package's files unpacked into folder `name`, all or nothing (web target). */
  writeFolder(name: string, entries: readonly FolderEntry[]): Promise<WrittenFolder>;
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
  };
}

/** Chunks smaller than this are gathered (copied) and written together: a zip's many small headers and files. */
const smallChunkBytes = 64 * 1024;
const batchBytes = 1024 * 1024;

/**
 * Writes the chunks into a new file (`wx`: never over an existing one): small ones gathered into
 * about 1 MiB per write call, large ones written as they come. Each chunk is written or copied
 * before the next is asked for, so a source may reuse its buffer (writeZip does). Leaving the loop
 * early, on an error, ends the source's iteration (its files are closed).
 */
async function writeChunks(path: string, data: AsyncIterable<Uint8Array>): Promise<void> {
  const file = await open(path, 'wx');
  const batch = Buffer.allocUnsafe(batchBytes);
  let batched = 0;
  const flush = async (): Promise<void> => {
    if (batched) await file.write(batch, 0, batched);
    batched = 0;
  };
  try {
    for await (const chunk of data) {
      if (chunk.byteLength < smallChunkBytes) {
        if (batched + chunk.byteLength > batchBytes) await flush();
        batch.set(chunk, batched);
        batched += chunk.byteLength;
      } else {
        await flush();
        await file.write(chunk);
      }
    }
    await flush();
  } finally {
    await file.close();
  }
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
      const bytes = await readAll(data);
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
  };
}

/** The chunks as one array; each is copied as it comes (a source may reuse its buffer). */
async function readAll(data: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of data) chunks.push(new Uint8Array(chunk));
  return new Uint8Array(Buffer.concat(chunks));
}
