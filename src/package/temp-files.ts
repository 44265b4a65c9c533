import { rmSync } from 'node:fs';

/** Temporary files being written right now, so an interrupted run can remove them. */
const pending = new Set<string>();

/**
 * Record a temporary file or folder before creating it; call the returned function once it is renamed or
 * removed. The library only keeps the list: the CLI decides when a run was interrupted.
 */
export function trackTempFile(path: string): () => void {
  pending.add(path);
  return () => {
    pending.delete(path);
  };
}

/**
 * Remove every temporary file still being written, synchronously: a signal handler cannot wait
 * for the streams to finish. Returns the paths removed, for tests.
 */
export function removeTempFiles(): string[] {
  const removed = [...pending];
  // recursive: an unpacked package (web target) is written into a temporary folder.
  for (const path of removed) rmSync(path, { recursive: true, force: true });
  pending.clear();
  return removed;
}
