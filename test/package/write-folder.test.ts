import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFolder, type FolderEntry } from '../../src/package/write-folder.js';

const entry = (path: string, text: string): FolderEntry => ({ path, open: () => Readable.from([Buffer.from(text)]) });
const failing = (path: string): FolderEntry => ({
  path,
  open: () => new Readable({ read() { this.destroy(new Error('simulated read failure')); } }),
});

describe('writeFolder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cw-folder-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes nested files and returns their total size, leaving only the folder', async () => {
    expect(await writeFolder(dir, 'site', [entry('index.html', '<p>hi</p>'), entry('assets/a.css', 'p{}')])).toBe(12);
    expect(readdirSync(dir)).toEqual(['site']);
    expect(readFileSync(join(dir, 'site', 'assets', 'a.css'), 'utf8')).toBe('p{}');
  });

  it('replaces an older folder as a whole: no file of the old one is left', async () => {
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'index.html'), 'old');
    writeFileSync(join(dir, 'site', 'old.html'), 'old');
    await writeFolder(dir, 'site', [entry('index.html', 'new')]);
    expect(readdirSync(dir)).toEqual(['site']);
    expect(readdirSync(join(dir, 'site'))).toEqual(['index.html']);
  });

  it('leaves the older folder untouched and no temporary folder when a file cannot be read', async () => {
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'index.html'), 'old');
    await expect(writeFolder(dir, 'site', [entry('a.html', 'a'), failing('b.html')])).rejects.toThrow('simulated read failure');
    expect(readdirSync(dir)).toEqual(['site']);
    expect(readFileSync(join(dir, 'site', 'index.html'), 'utf8')).toBe('old');
  });

  it('makes no folder at all when the first build fails', async () => {
    await expect(writeFolder(dir, 'site', [failing('index.html')])).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
