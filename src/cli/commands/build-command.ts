import { availableParallelism } from 'node:os';
import { basename, normalize, resolve } from 'node:path';
import type { Artifact } from '../../model/site.js';
import { isTargetName, targetNames, type TargetName } from '../../model/site.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { summarizeDiagnostics } from '../../diagnostics/format-diagnostics.js';
import { closestId } from '../../parse/closest-id.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import { checkOutputFolder } from '../output-files.js';
import { checkEditions, parseEditions } from '../check-editions.js';
import { createCompilePool, type CompilePool } from '../compile-pool.js';
import type { CheckFormat } from '../check-format.js';
import type { CompileTask } from '../compile-task.js';
import { jsonFormatVersion } from '../json-format-version.js';
import { planBuild } from '../plan-build.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import { toSarifLog } from '../sarif-log.js';
import { createBuildProgress } from '../progress.js';
import { assignShard, parseShard, type Shard } from '../shard.js';
import type { Terminal } from '../terminal.js';
import { chooseCacheFolder } from './cache-option.js';

export interface BuildOptions {
  target?: string;
  /** `--edition` values as written (repeatable, comma lists). */
  edition?: string[];
  out: string;
  format: CheckFormat;
  validateOnly: boolean;
  /** coursewright's version, named in `--format sarif` output. */
  version?: string;
  /** `--quiet`: print only errors and each course's summary line (text output; JSON is unchanged). */
  quiet?: boolean;
  /** `--shard i/n` as written: build only that share of the packages (see shard.ts). */
  shard?: string;
  /** `--jobs n` as written: processes to compile courses in; default: one per core the system gives Node. */
  jobs?: string;
  /** `--cache`: reuse lesson parses kept on disk by earlier builds, in the default cache folder … */
  cache?: boolean;
  /** … or in this folder (`--cache-location`, which implies `--cache`). */
  cacheLocation?: string;
}

/** One course's outcome; `built: false` when it was only checked (it has nothing in this shard). */
interface CourseResult {
  dir: string;
  diagnostics: Diagnostic[];
  artifacts: Artifact[];
  built: boolean;
}

/** `coursewright build` and `coursewright validate`: compile every course, report everything. */
export async function runBuild(dirs: string[], options: BuildOptions, term: Terminal): Promise<number> {
  const targets = parseTargets(options.target);
  const editions = parseEditions(options.edition);
  const shard = options.shard !== undefined ? parseShard(options.shard) : undefined;
  const jobs = options.jobs !== undefined ? parseJobs(options.jobs) : availableParallelism();
  const courses = findCourses(dirs);
  if (!options.validateOnly) checkOutputFolder(options.out);
  const cache = chooseCacheFolder(options);
  const cacheDir = cache && 'dir' in cache ? { cacheDir: cache.dir } : {};
  const task = (dir: string): CompileTask => ({ dir, ...(targets ? { targets } : {}), ...(editions ? { editions } : {}), outDir: options.out, validateOnly: options.validateOnly, ...cacheDir });
  const pool = createCompilePool(jobs);
  try {
    return await buildCourses(courses, task, shard, pool, options, term, cache && 'warning' in cache ? [cache.warning] : []);
  } finally {
    pool.close();
  }
}

/** `warnings`: about the build itself (a cache that cannot be used), listed first for every course. */
async function buildCourses(courses: readonly string[], task: (dir: string) => CompileTask, shard: Shard | undefined, pool: CompilePool, options: BuildOptions, term: Terminal, warnings: Diagnostic[]): Promise<number> {
  const progress = createBuildProgress(term, options);

  // A build of several courses, or a shard, checks every course first: every shard checks every
  // course, so a course with an error fails every job of a CI matrix, not just the one with its packages.
  const planning = !options.validateOnly && (courses.length > 1 || shard !== undefined);
  if (planning) progress?.checking(courses.length);
  const checked = planning ? await planBuild(courses.map(task), pool) : undefined;
  const share = shard && checked ? assignShard(checked, shard) : undefined;
  // What is left to build: a course with an error writes nothing, and one without packages in
  // this shard is done once checked.
  const jobs = courses.flatMap((dir, index) => {
    const check = checked?.[index];
    const only = share?.get(dir);
    if (check && (check.failed || (only && !only.size))) return [];
    return [{ index, task: { ...task(dir), ...(only ? { only: [...only] } : {}) }, packages: only?.size ?? check?.units.length ?? 0 }];
  });
  const packages = jobs.reduce((sum, job) => sum + job.packages, 0);
  if (checked) progress?.planned(packages);
  const built = await pool.run(jobs.map((job) => job.task), {
    weights: jobs.map((job) => job.packages),
    ...(progress ? { onProgress: (index: number, unit: Parameters<typeof progress.package>[1]) => progress.package(courseLabel(jobs[index]!.task.dir), unit) } : {}),
  });
  progress?.clear();
  // Without a plan (one course, or validate), the editions asked for are checked once compiled: a
  // course without one of them had an error (edition-unknown), so nothing of it was written.
  const asked = jobs[0]?.task.editions;
  if (!checked && asked) checkEditions(jobs.map((job, i) => ({ dir: job.task.dir, editions: built[i]!.editions })), asked);
  const byCourse = new Map(jobs.map((job, i) => [job.index, built[i]!]));
  const results: CourseResult[] = courses.map((dir, index) => {
    const done = byCourse.get(index);
    const diagnostics = [...warnings, ...(done ?? checked?.[index])?.diagnostics ?? []];
    return done ? { dir, diagnostics, artifacts: done.artifacts, built: true } : { dir, diagnostics, artifacts: [], built: false };
  });
  const failed = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  if (options.format === 'json') printJson(results, failed, shard, term);
  else if (options.format === 'sarif') term.out(JSON.stringify(toSarifLog(results, options.version ?? '0.0.0'), null, 2));
  else printText(results, options, shard && checked ? { ...shard, mine: packages, all: checked.reduce((sum, c) => sum + c.units.length, 0) } : undefined, term);
  progress?.total(results.reduce((sum, r) => sum + r.artifacts.length, 0));
  return failed ? exitCodes.content : exitCodes.ok;
}

function printJson(results: readonly CourseResult[], failed: boolean, shard: Shard | undefined, term: Terminal): void {
  term.out(JSON.stringify({
    formatVersion: jsonFormatVersion,
    ok: !failed,
    ...(shard ? { shard } : {}),
    courses: results.map((r) => ({
      dir: r.dir,
      diagnostics: r.diagnostics,
      artifacts: r.artifacts.map((a) => ({
        target: a.target, ...(a.edition !== undefined ? { edition: a.edition } : {}), language: a.language, file: a.path, size: a.size,
        ...(a.folder ? { folder: a.folder.path } : {}),
        ...(a.keyFiles?.length ? { reportKey: a.keyFiles.map((key) => key.path ?? key.fileName) } : {}),
      })),
    })),
  }, null, 2));
}

/**
 * A course folder as the printout names it: as the user typed it, unless that is no name (`.`, `..`,
 * `../..`), when it is the folder's own name (`build .` in respect-at-work: "respect-at-work: built").
 */
function courseLabel(dir: string): string {
  const base = basename(normalize(dir));
  return base === '.' || base === '..' ? basename(resolve(dir)) || dir : dir;
}

function printText(results: readonly CourseResult[], options: BuildOptions, shard: (Shard & { mine: number; all: number }) | undefined, term: Terminal): void {
  if (shard) {
    term.err(shard.mine
      ? `shard ${shard.index}/${shard.count}: ${shard.mine} of ${shard.all} package${shard.all === 1 ? '' : 's'}`
      : `shard ${shard.index}/${shard.count}: no packages to build (${shard.all} in all, in ${shard.count} shards); the courses were checked`);
  }
  for (const r of results) {
    // Quiet drops warnings and infos from the printout only: the summary still counts them.
    const shown = options.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics;
    if (shown.length) term.err(`${renderDiagnostics(r.dir, shown, term.color)}\n`);
    const verb = options.validateOnly || !r.built ? 'checked' : 'built';
    const status = r.diagnostics.some((d) => d.severity === 'error') ? 'failed' : verb;
    term.err(`${courseLabel(r.dir)}: ${status} (${summarizeDiagnostics(r.diagnostics)})`);
    if (options.quiet) continue;
    // Courses with editions or languages say which each package is; others print as they always did.
    const variants = r.artifacts.some((a) => a.edition !== undefined) || new Set(r.artifacts.map((a) => a.language)).size > 1;
    for (const a of r.artifacts) {
      term.out(`${a.path ?? a.fileName}  ${formatSize(a.size)}${variants ? `  ${describeVariant(a)}` : ''}`);
      if (a.folder) term.out(`${a.folder.path ?? a.folder.name}/  (the same files, unpacked)`);
      for (const key of a.keyFiles ?? []) term.out(`${key.path ?? key.fileName}  (report key)`);
    }
  }
}

/**
 * `--target scorm12, xapi,cmi5` → the target names in order, each once. An empty list or an
 * unknown name is a usage error that names the valid targets.
 */
export function parseTargets(value: string | undefined): TargetName[] | undefined {
  if (value === undefined) return undefined;
  const valid = targetNames.join(', ');
  const names = [...new Set(value.split(',').map((t) => t.trim()).filter(Boolean))];
  if (!names.length) {
    throw new UsageError(`Expected at least one target after --target, found none; expected one or more of: ${valid} (separated by commas).`);
  }
  const unknown = names.find((name) => !isTargetName(name));
  if (unknown !== undefined) {
    const lower = unknown.toLowerCase();
    const meant = isTargetName(lower) ? lower : closestId(lower, targetNames);
    throw new UsageError(`Unknown target "${unknown}"; expected one of: ${valid}.${meant ? ` Did you mean "${meant}"?` : ''}`);
  }
  return names.filter(isTargetName);
}

/** `--jobs 4` → 4; anything but a whole number from 1 is a usage error. */
export function parseJobs(value: string): number {
  const jobs = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1) || !Number.isSafeInteger(jobs)) throw new UsageError(`Expected --jobs to be a whole number from 1 (e.g. --jobs 2), found "${value}".`);
  return jobs;
}

/** "edition manager, language es" */
function describeVariant(artifact: Artifact): string {
  return [...(artifact.edition !== undefined ? [`edition ${artifact.edition}`] : []), `language ${artifact.language}`].join(', ');
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
