import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Artifact, TargetName } from '../model/site.js';
import type { BuildCache } from '../cache/build-cache.js';
import { createLessonCache } from '../cache/lesson-cache.js';
import { openDiskStore, type DiskStore } from '../cache/disk-store.js';
import { compileCourse } from '../compile.js';
import { definedEditions } from './check-editions.js';
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
  /** A check before this course's build (see planBuild): keep its parse for the build in this process. */
  keepParse?: boolean;
  /** `--cache`: the cache folder (made ready by the command) to reuse lesson parses from and keep them in. */
  cacheDir?: string;
}

/** What a task gives back: plain data too (artifacts were written to a folder, so they hold no bytes). */
export interface CompileTaskResult {
  diagnostics: Diagnostic[];
  artifacts: Artifact[];
  /** The packages the course makes with the task's targets and editions; empty when it has an error. */
  units: PackageUnit[];
  /** The editions course.yml defines (none: empty); undefined when it could not be read or parsed. */
  editions?: string[];
}

/** A package is being made: which one, and how many this task makes. */
export type TaskProgress = PackageUnit & { index: number; total: number };

/** Run one task in this process. */
export async function runCompileTask(task: CompileTask, onProgress?: (progress: TaskProgress) => void): Promise<CompileTaskResult> {
  const only = task.only ? new Set(task.only) : undefined;
  const { cache, store } = parseFor(task);
  const result = await compileCourse({
    ...(cache ? { cache } : {}),
    dir: task.dir,
    ...(task.targets ? { targets: task.targets } : {}),
    ...(task.editions ? { editions: task.editions } : {}),
    outDir: task.outDir,
    validateOnly: task.validateOnly,
    ...(only ? { units: (unit: PackageUnit) => only.has(unit.fileName) } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  store?.flush();
  const failed = result.diagnostics.some((d) => d.severity === 'error');
  if (failed) kept.delete(task.dir); // a course with an error is not built
  const editions = definedEditions(result.course);
  return { diagnostics: result.diagnostics, artifacts: result.artifacts, units: failed ? [] : planPackages(result.variants, task.targets), ...(editions ? { editions } : {}) };
}

// The check of a course before its build and the build itself, in one process, share a build cache:
// the build reuses every lesson parse the check made that is still right, instead of parsing the
// course twice. The pool sends a course's build to the process that checked it when it can; the
// cache is dropped once the course is built or found to have an error. At most `maxKept` are held
// (the latest checked), so a process checking a large catalogue stays within memory.
// With `--cache`, the cache also reads and keeps lesson parses in the cache folder (its store).
const kept = new Map<string, Parse>();
const maxKept = 8;

interface Parse {
  cache?: BuildCache;
  store?: DiskStore;
}

function parseFor(task: CompileTask): Parse {
  if (task.keepParse) {
    const parse = newParse(task);
    kept.delete(task.dir);
    kept.set(task.dir, parse);
    for (const dir of kept.keys()) if (kept.size > maxKept) kept.delete(dir);
    return parse;
  }
  const parse = kept.get(task.dir);
  kept.delete(task.dir);
  return parse ?? (task.cacheDir !== undefined ? newParse(task) : {});
}

function newParse(task: CompileTask): Parse {
  const store = task.cacheDir !== undefined ? openDiskStore(task.cacheDir) : undefined;
  return store ? { cache: createLessonCache({ store }), store } : { cache: createLessonCache() };
}
