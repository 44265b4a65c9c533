import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
