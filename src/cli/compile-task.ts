import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Artifact, TargetName } from '../model/site.js';
import { compileCourse } from '../compile.js';
import { planPackages, type PackageUnit } from '../package/plan-package-names.js';

/** One course to check or build: plain data, so it can go to another process unchanged. */
export interface CompileTask {
  dir: string;
  targets?: TargetName[];
  editions?: string[];
  outDir: string;
  validateOnly: boolean;
  /** Only these package file names (one shard's share of the course); default: every package. */
  only?: string[];
}

/** What a task gives back: plain data too (artifacts were written to a folder, so they hold no bytes). */
export interface CompileTaskResult {
  diagnostics: Diagnostic[];
  artifacts: Artifact[];
  /** The packages the course makes with the task's targets and editions; empty when it has an error. */
  units: PackageUnit[];
}

/** A package is being made: which one, and how many this task makes. */
export type TaskProgress = PackageUnit & { index: number; total: number };

/** Run one task in this process. */
export async function runCompileTask(task: CompileTask, onProgress?: (progress: TaskProgress) => void): Promise<CompileTaskResult> {
  const only = task.only ? new Set(task.only) : undefined;
  const result = await compileCourse({
    dir: task.dir,
    ...(task.targets ? { targets: task.targets } : {}),
    ...(task.editions ? { editions: task.editions } : {}),
    outDir: task.outDir,
    validateOnly: task.validateOnly,
    ...(only ? { units: (unit: PackageUnit) => only.has(unit.fileName) } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const failed = result.diagnostics.some((d) => d.severity === 'error');
  return { diagnostics: result.diagnostics, artifacts: result.artifacts, units: failed ? [] : planPackages(result.variants, task.targets) };
}
