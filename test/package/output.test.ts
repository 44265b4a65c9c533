import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirectoryOutput, createMemoryOutput } from '../../src/package/output.js';
import { removeTempFiles } from '../../src/package/temp-files.js';

/** Gives some bytes, then fails, like a disk read error halfway through a package. */
function failingHalfway(): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.alloc(256 * 1024, 7));
      } else {
        setImmediate(() => this.destroy(new Error('simulated failure')));
      }
    },
  });
}

describe('createDirectoryOutput', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cw-output-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder, writes the file, puts it in place when committed and leaves no temporary file', async () => {
    const out = join(dir, 'dist', 'nested');
    const output = createDirectoryOutput(out);
    const written = await output.write('a.zip', Readable.from([Buffer.from('PK-bytes')]));
    expect(written).toEqual({ path: join(out, 'a.zip'), size: 8 });
    expect(readdirSync(out)).not.toContain('a.zip');
    await output.commit(['a.zip']);
    expect(readdirSync(out)).toEqual(['a.zip']);
    expect(readFileSync(join(out, 'a.zip'), 'utf8')).toBe('PK-bytes');
  });

  it('replaces an older package of the same name', async () => {
    writeFileSync(join(dir, 'a.zip'), 'old');
    const output = createDirectoryOutput(dir);
    await output.write('a.zip', Readable.from([Buffer.from('new')]));
    await output.commit(['a.zip']);
    expect(readFileSync(join(dir, 'a.zip'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.zip']);
  });

  it('puts a package\'s zip, folder and report key in place together: until then, and when discarded, the previous ones stay as they were', async () => {
    writeFileSync(join(dir, 'a.zip'), 'old zip');
    writeFileSync(join(dir, 'a.key.csv'), 'old key');
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'index.html'), 'old page');
    const output = createDirectoryOutput(dir);
    const writeAll = async (): Promise<void> => {
      await output.write('a.zip', Readable.from([Buffer.from('new zip')]));
      await output.writeFolder('a', [{ path: 'index.html', open: () => Readable.from([Buffer.from('new page')]) }], 'a.zip');
      await output.write('a.key.csv', Readable.from([Buffer.from('new key')]), 'a.zip');
    };
    const contents = () => [readFileSync(join(dir, 'a.zip'), 'utf8'), readFileSync(join(dir, 'a.key.csv'), 'utf8'), readFileSync(join(dir, 'a', 'index.html'), 'utf8')];

    await writeAll();
    expect(contents()).toEqual(['old zip', 'old key', 'old page']);
    await output.discard(['a.zip', 'a', 'a.key.csv']);
    expect(contents()).toEqual(['old zip', 'old key', 'old page']);
    expect(readdirSync(dir).sort()).toEqual(['a', 'a.key.csv', 'a.zip']);

    // Stopped (Ctrl-C) after writing, before the commit: the package is the previous one, whole; one unfinished package removed.
    await writeAll();
    expect(removeTempFiles()).toEqual(['a.zip']);
    expect(contents()).toEqual(['old zip', 'old key', 'old page']);
    expect(readdirSync(dir).sort()).toEqual(['a', 'a.key.csv', 'a.zip']);

    await writeAll();
    await output.commit(['a.zip', 'a', 'a.key.csv']);
    expect(contents()).toEqual(['new zip', 'new key', 'new page']);
    expect(readdirSync(dir).sort()).toEqual(['a', 'a.key.csv', 'a.zip']);
  });

  it('leaves nothing behind, and the old package untouched, when the data fails halfway', async () => {
    writeFileSync(join(dir, 'a.zip'), 'old');
    await expect(createDirectoryOutput(dir).write('a.zip', failingHalfway())).rejects.toThrow('simulated failure');
    expect(readdirSync(dir)).toEqual(['a.zip']);
    expect(readFileSync(join(dir, 'a.zip'), 'utf8')).toBe('old');
  });

  it('rejects with ENOTDIR and creates nothing when the output folder is a file', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const data = Readable.from([Buffer.from('PK')]);
    await expect(createDirectoryOutput(file).write('a.zip', data)).rejects.toMatchObject({ code: expect.stringMatching(/ENOTDIR|EEXIST/) });
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
    expect(data.destroyed).toBe(true);
  });

  it('names the written file in messages', () => {
    expect(createDirectoryOutput('dist').describe('a.zip')).toBe(join('dist', 'a.zip'));
  });

  it('writes a header again where a patch says, and starts a package with a copy of the start of one it wrote, cut there', async () => {
    const output = createDirectoryOutput(dir);
    const big = Buffer.alloc(200_000, 3);
    const first = await output.write('a.zip', Readable.from([Buffer.from('head'), big, { at: 0, patch: Buffer.from('HEAD') }, Buffer.from('tail-a')]));
    await output.commit(['a.zip']);
    expect(readFileSync(join(dir, 'a.zip')).equals(Buffer.concat([Buffer.from('HEAD'), big, Buffer.from('tail-a')]))).toBe(true);
    const second = await output.write('b.zip', Readable.from([{ from: first, bytes: 4 + big.length }, Buffer.from('tail-b'), { at: 0, patch: Buffer.from('Head') }]));
    expect(second).toEqual({ path: join(dir, 'b.zip'), size: 4 + big.length + 6 });
    await output.commit(['b.zip']);
    expect(readFileSync(join(dir, 'b.zip')).equals(Buffer.concat([Buffer.from('Head'), big, Buffer.from('tail-b')]))).toBe(true);
    expect(readFileSync(join(dir, 'a.zip')).subarray(0, 4).toString()).toBe('HEAD');
    expect(readdirSync(dir).sort()).toEqual(['a.zip', 'b.zip']);
  });

  it('refuses to copy the start of a package that changed since it was written, and leaves nothing behind', async () => {
    const output = createDirectoryOutput(dir);
    const first = await output.write('a.zip', Readable.from([Buffer.alloc(1000, 1)]));
    await output.commit(['a.zip']);
    writeFileSync(join(dir, 'a.zip'), 'replaced');
    await expect(output.write('b.zip', Readable.from([{ from: first, bytes: 1000 }, Buffer.from('tail')]))).rejects.toThrow(/changed while the build ran/);
    expect(readdirSync(dir)).toEqual(['a.zip']);
  });
});

describe('createMemoryOutput', () => {
  it('keeps the bytes of every package by name', async () => {
    const output = createMemoryOutput();
    const written = await output.write('a.zip', Readable.from([Buffer.from('PK'), Buffer.from('-bytes')]));
    expect(written.size).toBe(8);
    expect(Buffer.from(written.bytes ?? []).toString()).toBe('PK-bytes');
    expect([...output.files.keys()]).toEqual(['a.zip']);
  });

  it('rejects and keeps nothing when the data fails', async () => {
    const output = createMemoryOutput();
    await expect(output.write('a.zip', failingHalfway())).rejects.toThrow('simulated failure');
    expect(output.files.size).toBe(0);
  });
});
