import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of coursewright's own package.json: templates/, schemas/, vendor/ and build/runtime/
 * are found from it, whether running from src/ (tests), from the bundles in build/ of a checkout, or
 * from an installed package (node_modules/coursewright, a linked install's real folder, a global
 * install).
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'templates'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('coursewright installation is incomplete: templates/ not found');
    dir = parent;
  }
  cached = dir;
  return dir;
}
