import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
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
