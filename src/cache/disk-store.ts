import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonsFolder } from './cache-folder.js';
import { decodeEntry, encodeEntry } from './entry-file.js';
import type { LessonEntry, LessonStore } from './lesson-entry.js';
import { pruneWhenDue } from './prune-cache.js';
import { toolIdentity } from './tool-identity.js';

/** A store in a cache folder; `flush` writes what the compiles since the last flush made or changed. */
export interface DiskStore extends LessonStore {
  /** Write the entries saved since the last flush; never throws (a cache that cannot be written only makes the next build slower). */
  flush(): { written: number; failed: number };
}

/** A used entry's time is moved on at most this often, so a build that reuses everything writes (almost) nothing. */
const touchEvery = 60 * 60 * 1000;

/**
 * Lesson entries in `dir` (made ready by `prepareCacheFolder`), one file each, named by a hash of
 * the tool's identity and the entry's key. A file is written whole to a temporary name and then
 * renamed over the old one, so a build running at the same time reads the old file or the new one,
 * never half of one. A file that cannot be read or trusted is treated as absent, and replaced when
 * its lesson is parsed again. `identity` defaults to the running coursewright's (see tool-identity.ts).
 */
export function openDiskStore(dir: string, options: { identity?: string } = {}): DiskStore {
  const identity = options.identity ?? toolIdentity();
  const now = Date.now;
  const folder = lessonsFolder(dir);
  const pending = new Map<string, LessonEntry>();
  const pathOf = (key: string): string => join(folder, `${createHash('sha256').update(identity).update('\0').update(key).digest('hex')}.bin`);
  return {
    load(key) {
      const path = pathOf(key);
      let bytes: Buffer;
      let modified: number;
      try {
        const fd = openSync(path, 'r');
        try {
          modified = fstatSync(fd).mtimeMs;
          bytes = readFileSync(fd);
        } finally {
          closeSync(fd);
        }
      } catch {
        return undefined;
      }
      const entry = decodeEntry(bytes, identity, key);
      if (entry && now() - modified > touchEvery) {
        // Its time is when it was last used: the prune keeps what is in use.
        const time = new Date(now());
        try {
          utimesSync(path, time, time);
        } catch {
          // A folder shared read-only still serves its entries.
        }
      }
      return entry;
    },
    save(entry) {
      pending.set(entry.key, entry);
    },
    flush() {
      let written = 0;
      let failed = 0;
      for (const entry of pending.values()) {
        const path = pathOf(entry.key);
        const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
        try {
          writeFileSync(temporary, encodeEntry(entry, identity), { flag: 'wx' });
          renameSync(temporary, path);
          written++;
        } catch {
          failed++;
          removeQuietly(temporary);
        }
      }
      pending.clear();
      if (written) pruneWhenDue(dir, now());
      return { written, failed };
    },
  };
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left for the prune, which removes old temporary files.
  }
}
