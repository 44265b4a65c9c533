import { readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonsFolder } from './cache-folder.js';

const day = 24 * 60 * 60 * 1000;

/** Entries not used for this long are removed (a used entry's time moves on; see disk-store.ts). */
export const maxUnusedAge = 30 * day;
/** Beyond this, the least recently used entries go first. */
export const maxCacheBytes = 512 * 1024 * 1024;
/** A temporary file this old belongs to a build that was stopped while writing. */
const maxTemporaryAge = day;
/** How often a cache folder is pruned: listing a large one costs a build tens of milliseconds. */
export const pruneEvery = 60 * 60 * 1000;

/**
 * Prunes `dir` (see `pruneCacheFolder`) when it was last pruned an hour ago or more, as told by the
 * time of its `last-pruned` file; run by a build that wrote to the cache. Between two prunes the
 * folder grows only by what the builds of that hour parsed.
 */
export function pruneWhenDue(dir: string, now: number): void {
  const stamp = join(dir, 'last-pruned');
  const last = statOf(stamp)?.mtimeMs;
  if (last !== undefined && now - last < pruneEvery && last <= now) return;
  try {
    writeFileSync(stamp, '');
    utimesSync(stamp, new Date(now), new Date(now));
  } catch {
    return; // a folder whose stamp cannot be written is not written to by this build either
  }
  pruneCacheFolder(dir, now);
}

/**
 * Keeps a cache folder bounded (run by `pruneWhenDue`). Removes entries not used for
 * 30 days, then the least recently used until the entries take at most 512 MiB, and temporary
 * files left by a build that was stopped. Several builds may prune at once: a file already gone
 * is skipped. Removing an entry only means its lesson is parsed again.
 */
export function pruneCacheFolder(dir: string, now: number, limits: { maxBytes?: number; maxAge?: number } = {}): void {
  pruneFolder(lessonsFolder(dir), now, limits);
}

/**
 * Keeps a folder of cache files (`.bin`, written through `.tmp` files) bounded: the lesson entries
 * of a cache folder, the CLI's code cache (src/cli/code-cache.ts). Never throws.
 */
export function pruneFolder(folder: string, now: number, limits: { maxBytes?: number; maxAge?: number } = {}): void {
  const maxBytes = limits.maxBytes ?? maxCacheBytes;
  const maxAge = limits.maxAge ?? maxUnusedAge;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const entries: { path: string; time: number; size: number }[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const stat = statOf(path);
    if (!stat) continue;
    if (name.endsWith('.tmp')) {
      if (now - stat.mtimeMs > maxTemporaryAge) removeCacheFile(path);
    } else if (name.endsWith('.bin')) {
      if (now - stat.mtimeMs > maxAge) removeCacheFile(path);
      else entries.push({ path, time: stat.mtimeMs, size: stat.size });
    }
  }
  let total = 0;
  for (const entry of entries.sort((a, b) => b.time - a.time)) {
    total += entry.size;
    if (total > maxBytes) removeCacheFile(entry.path);
  }
}

function statOf(path: string): { mtimeMs: number; size: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Removes a cache file; never throws (what stays is pruned later). */
export function removeCacheFile(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Another run removed it, or the folder is read-only: nothing to keep bounded here.
  }
}
