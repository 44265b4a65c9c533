import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/package/make-folder.js';

describe('makeFolder', () => {
  it('creates missing parents and accepts a folder that exists', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cw-folder-'));
    try {
      await makeFolder(join(root, 'a', 'b', 'c'));
      await makeFolder(join(root, 'a', 'b', 'c'));
      expect(existsSync(join(root, 'a', 'b', 'c'))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('fails at once where Node\'s recursive mkdir never settles (a folder under /proc)', async () => {
    await expect(makeFolder('/proc/coursewright-no-such-folder/out')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
