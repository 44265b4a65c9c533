import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates `dir` and its missing parents, like `mkdir -p`. Node's own recursive mkdir never settles
 * for a path it cannot create under some special file systems (e.g. `/proc/x`: it retries the
 * parent forever), which would hang a build given such an `--out`; this goes one level at a time
 * and rejects with the error of the level that failed.
 */
export async function makeFolder(dir: string): Promise<void> {
  // A few calls a build, each a system call or two: no thread-pool round trip is worth it.
  makeFolderSync(dir);
}

/** `makeFolder`, synchronously (for commands that write a few files); `mode` for each folder it makes. */
export function makeFolderSync(dir: string, mode?: number): void {
  try {
    mkdirSync(dir, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    makeFolderSync(parent, mode);
    try {
      mkdirSync(dir, mode);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    }
  }
}
