import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyBufferBytes, readChunks, type SyncReader } from '../load/course-source.js';
import { trackTempFile } from './temp-files.js';

/** One file of an unpacked package: its path in the folder and how to read it. */
export interface FolderEntry {
  /** Posix path inside the folder, already checked safe (`checkPackagePaths`). */
  path: string;
  open(): Readable;
  /** The whole file, when it is in memory: written with one call. */
  bytes?(): Uint8Array;
  /** The file opened for synchronous reads (`CourseSource.readSync`): copied through one reused buffer. */
  readSync?(): SyncReader;
}

/** A folder written under a temporary name beside its own (`stageFolder`), not yet in place. */
export interface StagedFolder {
  /** The temporary folder, tracked for an interrupted run to remove. */
  temp: string;
  /** Total bytes of its files. */
  size: number;
  /** Stops tracking `temp`: call once it is in place (`placeFolder`) or removed. */
  untrack(): void;
}

/**
 * Writes `entries` into `<dir>/<name>/` all at once: `writeFolder` stages the folder and puts it in
 * place. A previous folder of that name is moved aside first and removed after, so a reader sees
 * the old folder or the new one, never a mix; on failure the temporary folder is removed and the
 * old folder kept. Returns the total size.
 */
export async function writeFolder(dir: string, name: string, entries: readonly FolderEntry[]): Promise<number> {
  const staged = await stageFolder(dir, name, entries);
  let removeOld: () => Promise<void>;
  try {
    removeOld = placeFolder(dir, name, staged.temp);
  } catch (error) {
    await rm(staged.temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  } finally {
    staged.untrack();
  }
  await removeOld();
  return staged.size;
}

/**
 * Writes `entries` into a hidden temporary folder beside `<dir>/<name>/`, tracked from before it
 * exists so that Ctrl-C (the CLI calls `removeTempFiles`) removes it; `label` names its package for
 * that message. On failure the temporary folder is removed. `placeFolder` puts it in place.
 */
export async function stageFolder(dir: string, name: string, entries: readonly FolderEntry[], label?: string): Promise<StagedFolder> {
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const inTheWay = notAPackage(join(dir, name));
  if (inTheWay) throw new Error(inTheWay);
  const untrack = trackTempFile(temp, 'unfinished', label);
  let size = 0;
  let buffer: Buffer | undefined;
  try {
    await mkdir(temp, { recursive: true });
    const folders = new Set([temp]);
    for (const entry of entries) {
      const file = join(temp, ...entry.path.split('/'));
      if (!folders.has(dirname(file))) {
        await mkdir(dirname(file), { recursive: true });
        folders.add(dirname(file));
      }
      if (entry.bytes) {
        const bytes = entry.bytes();
        await writeFile(file, bytes, { flag: 'wx' });
        size += bytes.byteLength;
        continue;
      }
      if (entry.readSync) {
        size += await copyInto(file, entry.readSync, (buffer ??= Buffer.allocUnsafe(copyBufferBytes)));
        continue;
      }
      const stream = createWriteStream(file, { flags: 'wx' });
      await pipeline(entry.open(), stream);
      size += stream.bytesWritten;
    }
    return { temp, size, untrack };
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    untrack();
    throw error;
  }
}

/**
 * Puts the staged folder `temp` in place of `<dir>/<name>/` with two synchronous renames, which a
 * signal handler (run from the event loop) cannot fall between: the old folder, if any, is moved
 * aside (tracked from before, so Ctrl-C removes it) and `temp` renamed into place. Returns what
 * removes the old folder now set aside. On failure the old folder is put back and `temp` left for
 * the caller.
 */
export function placeFolder(dir: string, name: string, temp: string): () => Promise<void> {
  const old = temp.replace(/\.tmp$/, '.old');
  const untrackOld = trackTempFile(old, 'replaced');
  let replaced: boolean;
  try {
    replaced = swapIn(temp, join(dir, name), old);
  } catch (error) {
    untrackOld();
    throw error;
  }
  return async () => {
    try {
      if (replaced) await rm(old, { recursive: true, force: true });
    } finally {
      untrackOld();
    }
  };
}

/**
 * Why the folder at `path` must not be replaced, or undefined when it may (there is none, or it is
 * an unpacked package: `index.html` at its root). Anything else is someone's work that happens to
 * have the package's name: a course folder built with `--out` its parent, a folder of files.
 */
function notAPackage(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  if (existsSync(join(path, 'course.yml'))) return 'a course folder has that name, and it would be replaced; choose another --out';
  if (!existsSync(join(path, 'index.html'))) return 'a folder that is not an unpacked package has that name, and it would be replaced; move it or choose another --out';
  return undefined;
}

/** Copies a course file into a new file (`wx`) through `buffer`; returns its size. */
async function copyInto(path: string, open: () => SyncReader, buffer: Buffer): Promise<number> {
  const file = openSync(path, 'wx');
  let size = 0;
  try {
    for (const chunk of readChunks(open, buffer)) size += writeAll(file, chunk);
  } finally {
    closeSync(file);
  }
  // Synchronous writes (a round trip to the thread pool per chunk cost as much as the copy): the
  // event loop, and Ctrl-C's clean-up with it, gets its turn after each file.
  await new Promise((resolve) => setImmediate(resolve));
  return size;
}

function writeAll(file: number, chunk: Buffer): number {
  for (let done = 0; done < chunk.length; ) done += writeSync(file, chunk, done, chunk.length - done);
  return chunk.length;
}

/** Move `path` (if any) to `old` and `temp` to `path`; on failure put the old folder back. True when there was one. */
function swapIn(temp: string, path: string, old: string): boolean {
  let replaced = true;
  try {
    renameSync(path, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    replaced = false;
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    if (replaced) {
      try {
        renameSync(old, path);
      } catch {
        // The error to report is the one that stopped the swap.
      }
    }
    throw error;
  }
  return replaced;
}
