import type { Course } from '../model/course.js';
import type { TargetName } from '../model/site.js';
import { packagers } from './packagers.js';

/**
 * The package file names a build of these course variants will write, asked of the same packagers
 * that write them, so a caller can find two courses that would overwrite each other before
 * anything is written (a second reading of course.yml would disagree with the pipeline on
 * defaults and spelling: `1.0`, `"1.0"`, no version).
 */
export function planPackageNames(variants: readonly Course[], targets?: readonly TargetName[]): string[] {
  const names = variants.flatMap((variant) => [...new Set(targets ?? variant.targets)].map((target) => packagers[target].fileName(variant)));
  return [...new Set(names)];
}
