import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * The site as one target packages it: the rendered files plus that target's runtime bundle at
 * `site.script`, where the page loads it, followed by the site's `scriptTail` (the first lesson's
 * block code). Manifests are built from this site, so they list it.
 *
 * A missing bundle is a broken installation, not a course problem: it throws.
 */
export function addRuntimeBundle(site: Site, target: TargetName, runtimeDir: string): Site {
  const file = join(runtimeDir, runtimeBundleName(target));
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`The browser runtime for ${target} is not built (${runtimeBundleName(target)} missing): run "npm run build".`);
  }
  if (site.scriptTail) content = `${content.replace(/\n?$/, '\n')}${site.scriptTail}`;
  return { ...site, files: [...site.files, { path: site.script, content }] };
}
