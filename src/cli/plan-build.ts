import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PackageUnit } from '../package/plan-package-names.js';
import { checkDistinctPackages } from './check-distinct-packages.js';
import { checkEditions } from './check-editions.js';
import type { CompilePool } from './compile-pool.js';
import type { CompileTask } from './compile-task.js';

/** A course checked before the build: its problems, and the packages it will make when it has no error. */
export interface CheckedCourse {
  dir: string;
  diagnostics: Diagnostic[];
  failed: boolean;
  /** Empty when the course has an error: it writes nothing. */
  units: PackageUnit[];
}

/**
 * Check every course in validate mode (the whole course, every edition and language, with the
 * targets of the build) and ask the packagers for the packages each will make. Two folders that
 * would write one package, or an `--edition` a course does not define, is a usage error (exit 2)
 * before anything is written; courses with
 * errors write nothing, so they cannot overwrite another. Multi-course and sharded builds pay for
 * this pass; its result stands in for the build of a course that has errors or nothing to make.
 */
export async function planBuild(tasks: readonly CompileTask[], pool: CompilePool): Promise<CheckedCourse[]> {
  const results = await pool.run(tasks.map((task) => ({ ...task, validateOnly: true, keepParse: true })));
  const asked = tasks[0]?.editions;
  if (asked) checkEditions(results.map((result, index) => ({ dir: tasks[index]!.dir, editions: result.editions })), asked);
  const checked = results.map((result, index) => {
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    return { dir: tasks[index]!.dir, diagnostics: result.diagnostics, failed, units: result.units };
  });
  checkDistinctPackages(checked.map(({ dir, units }) => ({ dir, fileNames: units.map((unit) => unit.fileName) })));
  return checked;
}
