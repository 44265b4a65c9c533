import type { PackageUnit } from '../package/plan-package-names.js';
import { UsageError } from './cli-error.js';

/** One part of a build split across CI jobs: `index` of `count`, both counted from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** `--shard 2/3` → `{ index: 2, count: 3 }`; anything else (`0/4`, `5/4`, `a/b`, `1/0`) is a usage error. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new UsageError(`Expected --shard <i>/<n> with n at least 1 and i from 1 to n (e.g. --shard 2/3), found "${value}".`);
  }
  return { index, count };
}

/** The packages one course would make, as planned before anything is built. */
export interface PlannedCourse {
  dir: string;
  units: readonly PackageUnit[];
}

/**
 * The package file names shard `index` of `count` builds, per course folder. The rule: every
 * package of every course, sorted by file name (unique across a build), is numbered from 0, and
 * package k goes to shard (k mod count) + 1. Every shard computes the same list from the same
 * sources, so the shards together build each package exactly once; round robin keeps their sizes
 * within one package of each other and mixes small and large courses.
 */
export function assignShard(planned: readonly PlannedCourse[], shard: Shard): Map<string, Set<string>> {
  const all = planned.flatMap(({ dir, units }) => units.map((unit) => ({ dir, fileName: unit.fileName })));
  // Code-unit order, not localeCompare: the split must not depend on the machine's locale.
  all.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const mine = new Map<string, Set<string>>(planned.map(({ dir }) => [dir, new Set<string>()]));
  all.forEach(({ dir, fileName }, k) => {
    if (k % shard.count === shard.index - 1) mine.get(dir)?.add(fileName);
  });
  return mine;
}
