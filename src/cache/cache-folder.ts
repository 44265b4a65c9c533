import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { makeFolderSync } from '../package/make-folder.js';

/**
 * The cache folder used when `--cache` names none: the user's cache folder, where tools keep what
 * they can make again (`$XDG_CACHE_HOME/coursewright`, else `~/.cache/coursewright`; on macOS
 * `~/Library/Caches/coursewright`; on Windows `%LOCALAPPDATA%\coursewright\Cache`). Never in the
 * course folder or the package output, and outside any project, so nothing needs to ignore it.
 */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'coursewright');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'coursewright', 'Cache');
  // XDG: a relative value is invalid and is ignored.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'coursewright');
}

/** The folder of lesson entries inside a cache folder (its name leaves room for other kinds). */
export function lessonsFolder(dir: string): string {
  return join(dir, 'lessons');
}

/**
 * Makes `dir` ready to cache into, and proves it can be written: creates it, and marks it as a
 * cache the way other tools do: a `.gitignore` of `*` (git ignores it wherever it is, as with
 * .pytest_cache or .ruff_cache) and a `CACHEDIR.TAG` (backup tools skip it). Throws what stops it.
 */
export function prepareCacheFolder(dir: string): void {
  makeFolderSync(lessonsFolder(dir));
  writeOnce(join(dir, '.gitignore'), '# Made by coursewright: a build cache, safe to delete at any time.\n*\n');
  writeOnce(join(dir, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by coursewright (build --cache).\n# For information about cache directory tags see https://bford.info/cachedir/\n');
  // The entries go to lessons/: a folder one may list but not write to is found out here, not per entry.
  const probe = join(lessonsFolder(dir), `probe-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(probe, '');
  rmSync(probe, { force: true });
}

/** Writes `path` unless it exists (a user may have changed it). */
function writeOnce(path: string, text: string): void {
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
