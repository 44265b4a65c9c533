import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let vendorRoot: string | undefined;

/**
 * The `vendor/` folder of the installed coursewright. Found by walking up from this module, so it
 * works from src/ (tests), from a compiled or bundled build, and from an npm install alike.
 */
function findVendorRoot(): string {
  if (vendorRoot) return vendorRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'vendor');
    if (existsSync(join(candidate, 'xsd', 'SOURCES.md'))) return (vendorRoot = candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('coursewright is installed without its vendor/xsd folder');
    dir = parent;
  }
}

const cache = new Map<string, Uint8Array>();

/**
 * The bytes of a vendored third-party file, e.g. `xsd/scorm12/imscp_rootv1p1p2.xsd`. Returned
 * exactly as stored: these files ship unmodified (see vendor/xsd/SOURCES.md).
 */
export function readVendorFile(path: string): Uint8Array {
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(join(findVendorRoot(), ...path.split('/'))));
    cache.set(path, bytes);
  }
  return bytes;
}
