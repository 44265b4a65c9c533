import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** One file of an unpacked package: its path in the folder and how to read it. */
export interface FolderEntry {
  /** Posix path inside the folder, already checked safe (`checkPackagePaths`). */
  path: string;
  open(): Readable;
}

/**
 * Writes `entries` into `<dir>/<name>/` all at once: into a hidden temporary folder beside it,
 * renamed into place only when every file is complete. A previous folder of that name is moved
 * aside first and removed after, so a reader sees the old folder or the new one, never a mix;
 * on failure the temporary folder is removed and the old folder kept. Returns the total size.
 */
export async function writeFolder(dir: string, name: string, entries: readonly FolderEntry[]): Promise<number> {
  const suffix = randomBytes(6).toString('hex');
  const temp = join(dir, `.${name}.${suffix}.tmp`);
  const old = join(dir, `.${name}.${suffix}.old`);
  const path = join(dir, name);
  let size = 0;
  try {
    await mkdir(temp, { recursive: true });
    for (const entry of entries) {
      const file = join(temp, ...entry.path.split('/'));
      await mkdir(dirname(file), { recursive: true });
      const stream = createWriteStream(file, { flags: 'wx' });
      await pipeline(entry.open(), stream);
      size += stream.bytesWritten;
    }
    const replaced = await rename(path, old).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    });
    try {
      await rename(temp, path);
    } catch (error) {
      if (replaced) await rename(old, path).catch(() => undefined);
      throw error;
    }
    if (replaced) await rm(old, { recursive: true, force: true });
    return size;
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
