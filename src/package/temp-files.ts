import { existsSync, rmSync } from 'node:fs';

/**
 * What a tracked path holds: `unfinished`, a package (zip, or unpacked folder) still being
 * written; `replaced`, the previous version of a package, moved aside and being deleted now that
 * the new one is in place.
 */
export type TempKind = 'unfinished' | 'replaced';

/** Temporary files and folders that exist (or are about to) right now, so an interrupted run can remove them. */
const pending = new Map<string, { kind: TempKind; label: string }>();

/**
 * Record a temporary file or folder before creating it; call the returned function once it is renamed or
 * removed. `label` names the package it is part of (a zip, its unpacked folder and its report key
 * are one package), default the path. The library only keeps the list: the CLI decides when a run
 * was interrupted.
 */
export function trackTempFile(path: string, kind: TempKind = 'unfinished', label = path): () => void {
  pending.set(path, { kind, label });
  return () => {
    pending.delete(path);
  };
}

/**
 * Remove every tracked temporary file and folder, synchronously: a signal handler cannot wait for
 * the streams to finish. Never throws (it runs in a signal handler, just before exit); a path that
 * cannot be removed is skipped. With `settleMs`, sweeps again after that long (see below). Returns
 * the unfinished packages removed (their labels), for the message and tests.
 */
export function removeTempFiles(settleMs = 0): string[] {
  const tracked = [...pending];
  pending.clear();
  const unfinished: string[] = [];
  const sweep = (): void => {
    for (const [path, { kind, label }] of tracked) {
      // A path tracked just before it is created, or just after it was renamed into place, is not there.
      if (!existsSync(path)) continue;
      // recursive: an unpacked package (web target) is written into a temporary folder.
      if (removeNow(path) && kind === 'unfinished' && !unfinished.includes(label)) unfinished.push(label);
    }
  };
  sweep();
  if (settleMs > 0) {
    // A file system call already under way in a worker thread (the open that creates a package's
    // temporary file) can finish after the first sweep and leave an empty file: wait for it, with
    // no JavaScript running (so nothing new starts), and sweep again.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, settleMs);
    sweep();
  }
  return unfinished;
}

function removeNow(path: string): boolean {
  // A second try: an asynchronous removal still running may delete an entry under our feet.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 2 });
      return true;
    } catch {
      // try again, then give up on this path
    }
  }
  return false;
}
