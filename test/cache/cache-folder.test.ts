import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheFolder, lessonsFolder, prepareCacheFolder } from '../../src/cache/cache-folder.js';

describe('the default cache folder', () => {
  const home = join('/', 'home', 'sam');
  it("is the user's cache folder of each system, never a folder of the course", () => {
    expect(defaultCacheFolder({}, 'linux', home)).toBe(join(home, '.cache', 'coursewright'));
    expect(defaultCacheFolder({ XDG_CACHE_HOME: join('/', 'var', 'cache', 'sam') }, 'linux', home)).toBe(join('/', 'var', 'cache', 'sam', 'coursewright'));
    // The XDG specification says a relative value is to be ignored.
    expect(defaultCacheFolder({ XDG_CACHE_HOME: 'cache' }, 'linux', home)).toBe(join(home, '.cache', 'coursewright'));
    expect(defaultCacheFolder({}, 'darwin', home)).toBe(join(home, 'Library', 'Caches', 'coursewright'));
    expect(defaultCacheFolder({ LOCALAPPDATA: join('/', 'Users', 'sam', 'AppData', 'Local') }, 'win32', home)).toBe(join('/', 'Users', 'sam', 'AppData', 'Local', 'coursewright', 'Cache'));
  });
});

describe('preparing a cache folder', () => {
  it('makes it, marks it as a cache for git and backup tools, and keeps marks a user changed', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cw-cache-folder-')), 'deep', 'cache');
    try {
      prepareCacheFolder(dir);
      expect(existsSync(lessonsFolder(dir))).toBe(true);
      expect(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n')).toContain('*');
      writeFileSync(join(dir, '.gitignore'), '# mine\n*\n');
      prepareCacheFolder(dir);
      expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('# mine\n*\n');
    } finally {
      rmSync(join(dir, '..', '..'), { recursive: true, force: true });
    }
  });

  it('says why it cannot be used: a file in the way', () => {
    const parent = mkdtempSync(join(tmpdir(), 'cw-cache-folder-'));
    try {
      writeFileSync(join(parent, 'taken'), '');
      expect(() => prepareCacheFolder(join(parent, 'taken'))).toThrow(/EEXIST|ENOTDIR/);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
