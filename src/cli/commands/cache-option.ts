import { resolve } from 'node:path';
import { defaultCacheFolder, prepareCacheFolder } from '../../cache/cache-folder.js';
import { makeDiagnostic } from '../../diagnostics/context.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { describeFileError } from '../../package/describe-file-error.js';

/** What `--cache` / `--cache-location` come to: the folder to use, or why there is none (a warning for every course). */
export type CacheChoice = { dir: string } | { warning: Diagnostic };

/**
 * `--cache` uses the default cache folder (see `defaultCacheFolder`); `--cache-location <dir>`
 * uses `dir` and implies `--cache`. The folder is made ready once, before any course is compiled;
 * when it cannot be written, the build goes on without it and says so, since the cache never
 * changes what is built.
 */
export function chooseCacheFolder(options: { cache?: boolean; cacheLocation?: string }): CacheChoice | undefined {
  if (!options.cache && options.cacheLocation === undefined) return undefined;
  const dir = options.cacheLocation !== undefined ? resolve(options.cacheLocation) : defaultCacheFolder();
  try {
    prepareCacheFolder(dir);
    return { dir };
  } catch (error) {
    const reason = describeReason((error as NodeJS.ErrnoException | undefined)?.code) ?? describeFileError(error);
    return { warning: makeDiagnostic('cache-unavailable', { values: { dir: options.cacheLocation ?? dir, reason } }) };
  }
}

/** Why a cache folder cannot be used, for the errors that say more than `describeFileError` here. */
function describeReason(code: string | undefined): string | undefined {
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'you may not write there';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of the folder';
  return undefined;
}
