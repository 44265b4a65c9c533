import { accessSync, closeSync, constants, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeFileError } from '../package/describe-file-error.js';
import { makeFolderSync } from '../package/make-folder.js';
import { UsageError } from './cli-error.js';

/**
 * Writes a file a command was asked to write (`--out`), making its folder first. A place that
 * cannot be written (a file where a folder should be, a folder where the file should be, no
 * permission, a path the system cannot make) is a usage error that names it and says why (exit 2):
 * never an internal error, and never a hang (`makeFolderSync`).
 */
export function writeOutputFile(path: string, text: string): void {
  try {
    makeFolderSync(dirname(path));
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`Could not write "${path}": ${describeFileError(error)}.`);
  }
}

/**
 * Before a command replaces the file at `path` with one it makes (`review --out`): a file there
 * that such a command did not make (`madeHere` judges its first 4 KB) is someone's work, a lesson
 * or their notes, and a mistyped `--out` must not lose it. Replacing it is a usage error that names
 * it (exit 2); nothing is written. An earlier file the command made is replaced, as asked.
 */
export function checkReplaceable(path: string, madeHere: (head: string) => boolean, made: string): void {
  let head: string;
  try {
    if (!statSync(path).isFile()) return;
    const fd = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(4096);
      head = bytes.toString('utf8', 0, readSync(fd, bytes, 0, bytes.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not there (the usual case), or not readable: writing it says what is wrong, if anything.
    return;
  }
  if (!madeHere(head)) throw new UsageError(`"${path}" already exists and is not ${made}, so it was not replaced and nothing was written. Name a new file, or move that one first.`);
}

/**
 * Before a build writes anything: `dir` (`--out`), or the nearest folder above it that exists when
 * it does not yet, is a folder this process may write to. Otherwise a usage error names it and says
 * why (exit 2, once): a runner that cannot write is not a course with errors (exit 1, once per
 * package). Nothing is made here, so a build that fails on its content still leaves no folder.
 */
export function checkOutputFolder(dir: string): void {
  let at = resolve(dir);
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = statSync(at).isDirectory();
    } catch (error) {
      const parent = dirname(at);
      if ((error as { code?: unknown }).code === 'ENOENT' && parent !== at) {
        at = parent;
        continue;
      }
      throw new UsageError(`Could not write to "${dir}": ${describeFileError(error)}.`);
    }
    if (!isFolder) throw new UsageError(`Could not write to "${dir}": ${at === resolve(dir) ? 'it is a file, not a folder' : 'part of the path is a file, not a folder'}.`);
    try {
      accessSync(at, constants.W_OK);
    } catch (error) {
      throw new UsageError(`Could not write to "${dir}": ${describeFileError(error)}.`);
    }
    return;
  }
}
