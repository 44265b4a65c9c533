import type { PackageUnit } from '../package/plan-package-names.js';
import type { CheckFormat } from './check-format.js';
import type { Terminal } from './terminal.js';

/** Live progress of a build on a terminal. */
export interface BuildProgress {
  /** The courses are being checked before the build. */
  checking(courses: number): void;
  /** How many packages the whole build makes, once known. */
  planned(total: number): void;
  /** A package of course folder `dir` is being made; `total` is how many that course's build makes. */
  package(dir: string, unit: PackageUnit & { total: number }): void;
  /** Clear the status line, before the results are printed. */
  clear(): void;
  /** After the results: `35 packages in 3.1 s`, the packages written. */
  total(written: number): void;
}

/**
 * Progress of a build, shown only where the terminal takes it (`term.progress`: a terminal, not
 * CI) and the user asked for more than the essentials (not `--quiet`, not JSON or SARIF). One status line
 * redrawn in place, `[3/12] courses/respect-at-work: manager es scorm2004 …`, so nothing of it
 * stays in the scrollback but the total at the end. Without `planned`, the build is of one
 * course, whose own count it shows. Returns undefined when progress is not shown, so callers pay
 * nothing.
 */
export function createBuildProgress(term: Terminal, options: { quiet?: boolean; format: CheckFormat }, now: () => number = () => performance.now()): BuildProgress | undefined {
  const show = term.progress;
  if (!show || options.quiet || options.format !== 'text') return undefined;
  const started = now();
  let planned: number | undefined;
  let made = 0;
  let shown = false;
  const status = (line: string): void => {
    shown = true;
    show(line);
  };
  return {
    checking: (courses) => status(`checking ${courses} course${courses === 1 ? '' : 's'} …`),
    planned(total) {
      planned = total;
    },
    package(dir, unit) {
      made += 1;
      status(`[${made}/${planned ?? unit.total}] ${dir}: ${[unit.edition, unit.language, unit.target].filter(Boolean).join(' ')} …`);
    },
    clear() {
      if (shown) show('');
    },
    total(written) {
      if (made) term.err(`${written} package${written === 1 ? '' : 's'} in ${((now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
