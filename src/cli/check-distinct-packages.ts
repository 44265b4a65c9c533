import { UsageError } from './cli-error.js';

/** One course folder and the package file names its build would write. */
export interface PlannedPackages {
  dir: string;
  fileNames: readonly string[];
}

/**
 * Two course folders whose builds would write the same package file, the second silently
 * replacing the first: a usage error before anything is written. The names are the ones the
 * packagers make from the parsed courses, so version defaults and YAML spelling cannot hide a clash.
 */
export function checkDistinctPackages(planned: readonly PlannedPackages[]): void {
  const owners = new Map<string, string>();
  for (const { dir, fileNames } of planned) {
    for (const fileName of fileNames) {
      const first = owners.get(fileName);
      if (first !== undefined && first !== dir) {
        throw new UsageError(`"${first}" and "${dir}" would both write the package "${fileName}", the second overwriting the first; nothing was built. Give one course a different id or version.`);
      }
      owners.set(fileName, dir);
    }
  }
}
