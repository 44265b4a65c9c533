/**
 * A course file could not be read while it was being zipped. Kept apart from write errors so the
 * caller can name the author file that failed instead of blaming the output folder.
 */
export class SourceReadError extends Error {
  /** Course-relative path of the file that failed. */
  readonly path: string;

  constructor(path: string, cause: unknown) {
    super(`Could not read "${path}"`, { cause });
    this.name = 'SourceReadError';
    this.path = path;
  }
}
