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
 * The feature scripts each target's runtime loads when a click first needs them
 * (src/runtime/features/<name>.ts, built to features/<name>.js): its entry names them.
 */
const targetFeatures: Partial<Record<TargetName, readonly string[]>> = {
  xapi: ['xapi-answers'],
  cmi5: ['xapi-answers'],
};

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
  const features = (targetFeatures[target] ?? []).map((name) => ({
    path: posix.join(posix.dirname(site.script), 'features', `${name}.js`),
    content: built(posix.join('features', `${name}.js`)),
  }));
  return { ...site, files: [...site.files, ...features, { path: site.script, content }] };
}
