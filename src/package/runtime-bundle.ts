import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Site, TargetName } from '../model/site.js';
import { packageRoot } from '../render/package-root.js';

/**
 * File name of a target's browser runtime bundle, e.g. `coursewright-xapi.js`. scripts/build-tool.mjs
 * bundles src/runtime/targets/<target>.ts into it, so each package runs the runtime built for its
 * standard.
 */
export function runtimeBundleName(target: TargetName): string {
  return `coursewright-${target}.js`;
}

/** Where the built runtime bundles are by default: coursewright's build/runtime/. */
export function defaultRuntimeDir(): string {
  return join(packageRoot(), 'build', 'runtime');
}

/**
 * The build's record of the feature scripts each target's runtime can load (src/runtime/features/<name>.ts,
 * built to features/<name>.js): scripts/build-tool.mjs writes it from the module graph of each
 * target's bundle, the `feature-name:<name>` imports in it (src/runtime/feature-name.d.ts), so a
 * feature a target's entry starts to use is in that target's packages without a list to update.
 */
export const targetFeaturesFile = 'target-features.json';

/**
 * The site as one target packages it: the rendered files plus that target's runtime bundle at
 * `site.script`, where the page loads it, followed by the site's `scriptTail` (the code of the
 * blocks on the first screen), and the target's feature scripts in `features/` beside it.
 * Manifests are built from this site, so they list them.
 *
 * A missing bundle is a broken installation, not a course problem: it throws.
 */
export function addRuntimeBundle(site: Site, target: TargetName, runtimeDir: string): Site {
  const built = (name: string): string => {
    try {
      return readFileSync(join(runtimeDir, name), 'utf8');
    } catch {
      throw new Error(`The browser runtime for ${target} is not built (${name} missing): run "npm run build".`);
    }
  };
  let content = built(runtimeBundleName(target));
  if (site.scriptTail) content = `${content.replace(/\n?$/, '\n')}${site.scriptTail}`;
  const features = featuresOf(target, built(targetFeaturesFile)).map((name) => ({
    path: posix.join(posix.dirname(site.script), 'features', `${name}.js`),
    content: built(posix.join('features', `${name}.js`)),
  }));
  return { ...site, files: [...site.files, ...features, { path: site.script, content }] };
}

/** `target`'s features in the build's record (`targetFeaturesFile`); a record without the target is a build older than its entry. */
function featuresOf(target: TargetName, record: string): string[] {
  let names: unknown;
  try {
    names = (JSON.parse(record) as Partial<Record<string, unknown>> | null)?.[target];
  } catch {
    // A damaged record is rewritten by the next build, as a missing one.
  }
  if (!Array.isArray(names) || !names.every((name): name is string => typeof name === 'string' && name !== '' && !/[\\/]|^\./.test(name))) {
    throw new Error(`The browser runtime for ${target} is not built (${targetFeaturesFile} does not list it): run "npm run build".`);
  }
  return names;
}
