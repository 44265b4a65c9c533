import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorm12ControlFiles } from '../../src/package/scorm12/scorm12-packager.js';
import { scorm2004ControlFiles } from '../../src/package/scorm2004/scorm2004-packager.js';

const vendor = join(import.meta.dirname, '..', '..', 'vendor', 'xsd');

/** The `sha256  path` lines of vendor/xsd/SOURCES.md. */
function recordedHashes(): Map<string, string> {
  const text = readFileSync(join(vendor, 'SOURCES.md'), 'utf8');
  return new Map([...text.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map((m) => [m[2] ?? '', m[1] ?? '']));
}

describe('vendored XSDs', () => {
  it('are the unmodified upstream files recorded in SOURCES.md', () => {
    const hashes = recordedHashes();
    expect(hashes.size).toBeGreaterThanOrEqual(5);
    for (const [path, hash] of hashes) {
      const actual = createHash('sha256').update(readFileSync(join(vendor, path))).digest('hex');
      expect(actual, path).toBe(hash);
    }
  });

  it('include every control document a SCORM 1.2 package ships', () => {
    const hashes = recordedHashes();
    for (const name of scorm12ControlFiles) expect(hashes.has(`scorm12/${name}`), name).toBe(true);
  });

  it('include every control document a SCORM 2004 package ships (the 17 of standards §2.7)', () => {
    const hashes = recordedHashes();
    expect(scorm2004ControlFiles).toHaveLength(17);
    for (const name of scorm2004ControlFiles) expect(hashes.has(`scorm2004-4th/${name}`), name).toBe(true);
  });
});
