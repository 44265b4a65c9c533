import { isAscii } from 'node:buffer';
import { lstatSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { defaultCacheFolder } from '../cache/cache-folder.js';
import { pruneFolder, removeCacheFile } from '../cache/prune-cache.js';
import { describeFileError } from '../package/describe-file-error.js';
import { makeFolderSync } from '../package/make-folder.js';

/**
 * V8's code cache for the CLI: the code V8 compiled in a run of a command, kept in a file and
 * given back to V8 at the next run of that command, which then skips parsing and compiling it
 * (about 70 ms of every build on Node.js 20, which has no cache of its own for this). The file
 * holds executable code, so it is kept only in a folder of the user's own that no one else can
 * write to. V8 refuses a file made by another Node.js or V8, or for other source
 * (`cachedDataRejected`), and the file is then written again.
 */

/** A command's file is about 2 MB: the files of a few versions of the tool fit. */
const maxCodeCacheBytes = 64 * 1024 * 1024;

/**
 * Where the cache files go: `COURSEWRIGHT_CODE_CACHE` (a folder, or `off`), else `code/` in the
 * user's cache folder (where `build --cache` keeps lessons: `defaultCacheFolder`). Undefined when
 * it cannot be made or is not private (`notPrivate`): then, for a folder the setting names, `warn`
 * is told why (the default folder is only tried; no cache only makes commands slower).
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env, warn?: (message: string) => void): string | undefined {
  const setting = env.COURSEWRIGHT_CODE_CACHE;
  if (setting === 'off') return undefined;
  const folder = setting || join(defaultCacheFolder(env), 'code');
  let problem: string | undefined;
  try {
    makeFolderSync(folder, 0o700);
    problem = notPrivate(folder, process.getuid?.());
  } catch (error) {
    problem = `it cannot be made or read (${describeFileError(error)})`;
  }
  if (problem === undefined) return folder;
  if (setting) warn?.(`COURSEWRIGHT_CODE_CACHE names "${setting}", which is not used: ${problem}. Commands run without the code cache, only slower.`);
  return undefined;
}

/**
 * Why `folder` is not one whose files only this user can have written, or undefined when it is: a
 * real folder (not a link to one), owned by the user, that neither group nor others may write to.
 * Windows has no such bits; the folder there is in the user's own profile.
 */
function notPrivate(folder: string, uid: number | undefined): string | undefined {
  const stats = lstatSync(folder);
  if (!stats.isDirectory()) return 'it is a link or a file, not a folder';
  if (process.platform === 'win32' || uid === undefined) return undefined;
  if (stats.uid !== uid) return 'it belongs to another user';
  return (stats.mode & 0o022) === 0 ? undefined : 'others can write to it, and its files hold code the tool would run';
}

/** A CommonJS script run with the code cache. */
export interface CachedScript {
  /** The script's `module.exports`. */
  exports: unknown;
  /**
   * When there was no cache file or V8 refused it: writes one with the code compiled so far (call
   * it once the command has run). Never throws.
   */
  keep(): void;
}

/**
 * Runs the CommonJS script `file` as Node would `require` it, compiled from the cache file
 * `cacheFile` when there is a good one. `keep` writes the file whole under a temporary name and
 * renames it, so a run at the same time reads the old file or the new one, and prunes that folder
 * (`pruneFolder`: files written more than 30 days ago, mostly of other versions, go). A cache that
 * cannot be read or written only makes the next run slower.
 */
export function runWithCodeCache(file: string, cacheFile: string | undefined): CachedScript {
  // The bundle is ASCII (esbuild escapes the rest): read as such it is a copy, not a decoding (20 ms).
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const cachedData = cacheFile === undefined ? undefined : readQuietly(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  let kept = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    keep() {
      if (kept || cacheFile === undefined) return;
      kept = true;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cacheFile);
        // A file is not touched when used: one in use is made again after 30 days.
        pruneFolder(dirname(cacheFile), Date.now(), { maxBytes: maxCodeCacheBytes });
      } catch {
        removeCacheFile(temporary);
      }
    },
  };
}

function readQuietly(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
