import type { Course } from '../model/course.js';
import type { TargetName } from '../model/site.js';
import { packagers } from './packagers.js';

/** One package a build makes: a course variant (edition × language) in one target, and its file name. */
export interface PackageUnit {
  /** The edition, when course.yml defines editions. */
  edition?: string;
  /** The language of the package's content (BCP 47). */
  language: string;
  target: TargetName;
  /** The package file name the packager gives it, e.g. `respect-at-work-manager-es-scorm2004-2027.1.zip`. */
  fileName: string;
}

/**
 * The packages a build of these course variants makes, in build order (variant by variant, each
 * target once), named by the same packagers that write them.
 */
export function planPackages(variants: readonly Course[], targets?: readonly TargetName[]): PackageUnit[] {
  return variants.flatMap((variant) =>
    [...new Set(targets ?? variant.targets)].map((target) => ({
      ...(variant.variant?.edition !== undefined ? { edition: variant.variant.edition } : {}),
      language: variant.language,
      target,
      fileName: packagers[target].fileName(variant),
    })),
  );
}

/**
 * The package file names a build of these course variants will write, asked of the same packagers
 * that write them, so a caller can find two courses that would overwrite each other before
 * anything is written (a second reading of course.yml would disagree with the pipeline on
 * defaults and spelling: `1.0`, `"1.0"`, no version).
 */
export function planPackageNames(variants: readonly Course[], targets?: readonly TargetName[]): string[] {
  return [...new Set(planPackages(variants, targets).map((unit) => unit.fileName))];
}
