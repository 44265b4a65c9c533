import type { Artifact, TargetName } from '../../model/site.js';
import { isTargetName, targetNames } from '../../model/site.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { summarizeDiagnostics } from '../../diagnostics/format-diagnostics.js';
import { compileCourse } from '../../compile.js';
import { UsageError, exitCodes } from '../cli-error.js';
import { findCourses } from '../find-courses.js';
import { planPackageNames } from '../../package/plan-package-names.js';
import { checkDistinctPackages } from '../check-distinct-packages.js';
import { checkEditions, parseEditions } from '../check-editions.js';
import { jsonFormatVersion } from '../json-format-version.js';
import { renderDiagnostics } from '../print-diagnostics.js';
import type { Terminal } from '../terminal.js';

export interface BuildOptions {
  target?: string;
  /** `--edition` values as written (repeatable, comma lists). */
  edition?: string[];
  out: string;
  format: 'text' | 'json';
  validateOnly: boolean;
  /** `--quiet`: print only errors and each course's summary line (text output; JSON is unchanged). */
  quiet?: boolean;
}

/** `coursewright build` and `coursewright validate`: compile every course, report everything. */
export async function runBuild(dirs: string[], options: BuildOptions, term: Terminal): Promise<number> {
  const targets = parseTargets(options.target);
  const editions = parseEditions(options.edition);
  const courses = findCourses(dirs);
  if (editions) checkEditions(courses, editions);
  if (!options.validateOnly && courses.length > 1) await checkCoursesWriteDistinctPackages(courses, targets, editions);
  const results: { dir: string; diagnostics: Diagnostic[]; artifacts: Artifact[] }[] = [];
  for (const dir of courses) {
    const result = await compileCourse({ dir, ...(targets ? { targets } : {}), ...(editions ? { editions } : {}), outDir: options.out, validateOnly: options.validateOnly });
    results.push({ dir, diagnostics: result.diagnostics, artifacts: result.artifacts });
  }
  const failed = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  if (options.format === 'json') {
    term.out(JSON.stringify({
      formatVersion: jsonFormatVersion,
      ok: !failed,
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
  } else {
    for (const r of results) {
      // Quiet drops warnings and infos from the printout only: the summary still counts them.
      const shown = options.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics;
      if (shown.length) term.err(`${renderDiagnostics(r.dir, shown, term.color)}\n`);
      const verb = options.validateOnly ? 'checked' : 'built';
      const status = r.diagnostics.some((d) => d.severity === 'error') ? 'failed' : verb;
      term.err(`${r.dir}: ${status} (${summarizeDiagnostics(r.diagnostics)})`);
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
  return failed ? exitCodes.content : exitCodes.ok;
}

/**
 * Before writing anything, check every course in validate mode and ask the packagers for the file
 * names they will write: two folders writing one package is a usage error (exit 2). Courses with
 * errors write nothing, so they cannot overwrite another. Only multi-course builds pay for this.
 */
async function checkCoursesWriteDistinctPackages(courses: readonly string[], targets: TargetName[] | undefined, editions: string[] | undefined): Promise<void> {
  const planned = [];
  for (const dir of courses) {
    const checked = await compileCourse({ dir, ...(editions ? { editions } : {}), validateOnly: true });
    if (checked.diagnostics.some((d) => d.severity === 'error')) continue;
    planned.push({ dir, fileNames: planPackageNames(checked.variants, targets) });
  }
  checkDistinctPackages(planned);
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
  if (unknown !== undefined) throw new UsageError(`Unknown target "${unknown}"; expected one of: ${valid}.`);
  return names.filter(isTargetName);
}

/** "edition manager, language es" */
function describeVariant(artifact: Artifact): string {
  return [...(artifact.edition !== undefined ? [`edition ${artifact.edition}`] : []), `language ${artifact.language}`].join(', ');
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
