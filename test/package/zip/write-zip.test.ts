import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDiskSource, createMemorySource, type SyncReader } from '../../../src/load/course-source.js';
import { createMemoryOutput } from '../../../src/package/output.js';
import type { SiteFile } from '../../../src/model/site.js';
import { SourceReadError } from '../../../src/package/zip/source-read-error.js';
import { collectZip, createZipMemo, readOnceBytes, writeZip } from '../../../src/package/zip/write-zip.js';
import { ZipLimitError } from '../../../src/package/zip/zip-limit-error.js';
import { expectGolden } from '../../support-course/golden.js';
import { formatZipListing, readZip } from '../../support-package/read-zip.js';
import { sampleMedia, sampleSite, sampleSource } from '../../support-package/sample-package.js';

const source = sampleSource();
const open = (path: string): Readable => source.open(path);
const zipOf = async (files: readonly SiteFile[]): Promise<Buffer> => collectZip(writeZip(files, open));
const collect = collectZip;

describe('writeZip', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('lists the stored course files first, then the rest, each sorted, folders before their files, with fixed dates and modes (golden)', async () => {
    const entries = await readZip(await zipOf(sampleSite().files));
    expectGolden(formatZipListing(entries), join(import.meta.dirname, '..', '..', 'fixtures', 'package', 'zip', 'site-listing.txt'));
    const names = entries.map((e) => e.name);
    const media = ['media/', 'media/amara.mp4', 'media/station.jpg'];
    expect(names.slice(0, media.length)).toEqual(media);
    const rest = names.slice(media.length);
    expect(rest).toEqual([...rest].sort());
    for (const [index, name] of names.entries()) {
      const folder = name.slice(0, name.lastIndexOf('/', name.length - 2) + 1);
      if (folder) expect(names.indexOf(folder), name).toBeLessThan(index);
    }
  });

  it('sets the UTF-8 name flag (bit 11) only on names that need it, so unzip tools keep the name', async () => {
    const entries = await readZip(await zipOf([{ path: 'café.txt', content: 'x' }, { path: 'plain.txt', content: 'x' }]));
    expect(entries.map((e) => [e.name, e.flags & 0x0800])).toEqual([['café.txt', 0x0800], ['plain.txt', 0]]);
  });

  it('stores media as it is and deflates text, and the bytes read back unchanged', async () => {
    const entries = await readZip(await zipOf(sampleSite().files));
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('media/amara.mp4')?.method).toBe(0);
    expect(byName.get('media/station.jpg')?.method).toBe(0);
    expect(byName.get('media/amara.mp4')?.compressedSize).toBe(64 * 1024);
    expect(byName.get('index.html')?.method).toBe(8);
    expect(byName.get('media/amara.en.vtt')?.method).toBe(8);
    expect(byName.get('assets/coursewright.css')?.method).toBe(8);
    expect(byName.get('media/amara.mp4')?.content).toEqual(Buffer.from(sampleMedia['media/amara.mp4'] as Uint8Array));
    expect(byName.get('media/amara.en.vtt')?.content.toString()).toBe(sampleMedia['media/amara.en.vtt']);
  });

  it('follows an explicit store flag from the renderer', async () => {
    const entries = await readZip(
      await zipOf([
        { path: 'a.txt', content: 'text '.repeat(100), store: true },
        { path: 'b.png', content: new Uint8Array(10), store: false },
      ]),
    );
    expect(entries.map((e) => [e.name, e.method])).toEqual([['a.txt', 0], ['b.png', 8]]);
  });

  it('puts no data descriptor after stored entries, which Java\'s ZipInputStream rejects', async () => {
    const entries = await readZip(await zipOf(sampleSite().files));
    const stored = entries.filter((e) => e.method === 0);
    expect(stored.map((e) => e.name)).toEqual(['media/', 'media/amara.mp4', 'media/station.jpg', 'assets/']);
    for (const entry of stored) expect(entry.flags & 8, entry.name).toBe(0);
    // Rendered (in-memory) text needs none either; only streamed, deflated course files use one.
    expect(entries.filter((e) => e.flags & 8).map((e) => e.name)).toEqual(['media/amara.en.vtt']);
  });

  it('writes 1980-01-01 00:00 on every entry, Unix modes, and no extra fields', async () => {
    const entries = await readZip(await zipOf(sampleSite().files));
    for (const entry of entries) {
      expect([entry.dosDate, entry.dosTime], entry.name).toEqual([(0 << 9) | (1 << 5) | 1, 0]);
      expect(entry.mode, entry.name).toBe(entry.name.endsWith('/') ? 0o40755 : 0o100644);
      expect(entry.madeBy, entry.name).toBe(3);
      expect(entry.extraFieldCount, entry.name).toBe(0);
    }
  });

  it('gives byte-identical zips for the same input, in any input order', async () => {
    const files = sampleSite().files;
    const first = await zipOf(files);
    expect(await zipOf(files)).toEqual(first);
    expect(await zipOf([...files].reverse())).toEqual(first);
  });

  it('gives the same bytes in every time zone', async () => {
    // Re-import the writer under each zone, so constants made at load time are covered too.
    const zipIn = async (zone: string): Promise<{ offset: number; bytes: Buffer }> => {
      process.env.TZ = zone;
      vi.resetModules();
      const fresh = await import('../../../src/package/zip/write-zip.js');
      const offset = new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset();
      return { offset, bytes: await fresh.collectZip(fresh.writeZip(sampleSite().files, open)) };
    };
    const utc = await zipIn('UTC');
    const losAngeles = await zipIn('America/Los_Angeles');
    const tokyo = await zipIn('Asia/Tokyo');
    // Proves the zone really changed inside this process, so the comparison means something.
    expect([utc.offset, losAngeles.offset, tokyo.offset]).toEqual([0, 480, -540]);
    expect(losAngeles.bytes).toEqual(utc.bytes);
    expect(tokyo.bytes).toEqual(utc.bytes);
  });

  it('streams course files one at a time, never all open at once', async () => {
    let open = 0;
    let maxOpen = 0;
    const files: SiteFile[] = Array.from({ length: 12 }, (_, i) => ({ path: `media/clip-${i}.mp4`, source: `clip-${i}` }));
    const tracked = (): Readable => {
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      return Readable.from([Buffer.alloc(200_000, 1)]).once('end', () => (open -= 1));
    };
    const entries = await readZip(await collect(writeZip(files, tracked)));
    expect(entries.filter((e) => !e.name.endsWith('/'))).toHaveLength(12);
    expect(maxOpen).toBe(1);
  });

  it('copies stored course files through one reused buffer, once each, and reads deflated ones whole, with the bytes streaming gives', async () => {
    const media = Buffer.alloc(2_500_000).map((_, i) => (i * 13) % 251);
    const captions = Buffer.from('WEBVTT\n\n'.concat('00:00.000 --> 00:01.000\nLine\n\n'.repeat(2_000)));
    const bytes = new Map([['clip', media], ['captions', captions], ['empty', Buffer.alloc(0)], ['still', Buffer.alloc(70_000, 5)]]);
    let opens = 0;
    const streamed = (path: string): Readable => {
      opens += 1;
      return Readable.from([bytes.get(path)!]);
    };
    const reads: string[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const readSync = (path: string): SyncReader => {
      reads.push(path);
      const reader = createMemorySource({ [path]: bytes.get(path)! }).readSync!(path);
      return { size: reader.size, read: (into) => (buffers.add(into.buffer), reader.read(into)), close: () => reader.close() };
    };
    const files: SiteFile[] = [{ path: 'media/clip.mp4', source: 'clip' }, { path: 'media/clip.vtt', source: 'captions' }, { path: 'media/empty.vtt', source: 'empty' }, { path: 'media/still.png', source: 'still' }];
    const copied = await collect(writeZip(files, streamed, readSync));
    expect(opens).toBe(0);
    expect(reads).toEqual(['clip', 'still', 'captions', 'empty']);
    expect(buffers.size).toBe(3); // one for the stored files, one for each deflated file read whole
    expect((await collect(writeZip(files, streamed))).equals(copied)).toBe(true);
    const entries = new Map((await readZip(copied)).map((e) => [e.name, e]));
    expect(entries.get('media/clip.mp4')?.content.equals(media)).toBe(true);
    expect(entries.get('media/clip.vtt')?.content.equals(captions)).toBe(true);
    expect(entries.get('media/still.png')?.content.equals(bytes.get('still')!)).toBe(true);
  });

  it('starts the later zips of a build that share a memo with a copy of the first one\'s media part, once it is written, and gives the bytes it would write', async () => {
    const contents = new Map([['clip', Buffer.alloc(300_000, 9)], ['still', Buffer.alloc(90_000, 4)]]);
    const reads: string[] = [];
    const readSync = (path: string): SyncReader => (reads.push(path), createMemorySource({ [path]: contents.get(path)! }).readSync!(path));
    const files: SiteFile[] = [{ path: 'index.html', content: '<p>Lesson</p>'.repeat(500) }, { path: 'media/clip.mp4', source: 'clip' }, { path: 'media/still.png', source: 'still' }];
    const memo = createZipMemo();
    const output = createMemoryOutput();
    const firstZip = writeZip(files, open, readSync, memo);
    const first = await output.write('first.zip', firstZip);
    expect(reads.splice(0)).toEqual(['clip', 'still']);
    expect(memo.deflated.size).toBe(1);
    firstZip.written(first);
    const chunks = writeZip([...files, { path: 'imsmanifest.xml', content: '<manifest/>' }], open, readSync, memo);
    const second = await collect(
      (async function* () {
        let firstChunk = true;
        for await (const chunk of chunks) {
          // The media part, copied: the header and bytes of both files, as the first zip has them.
          if (firstChunk) expect(chunk).toEqual({ from: first, bytes: 30 + 'media/'.length + 2 * 30 + 'media/clip.mp4'.length + 300_000 + 'media/still.png'.length + 90_000 });
          firstChunk = false;
          yield chunk;
        }
      })(),
    );
    expect(reads).toEqual([]);
    const alone = await collect(writeZip([...files, { path: 'imsmanifest.xml', content: '<manifest/>' }], open, readSync));
    expect(second.equals(alone)).toBe(true);
    expect((await readZip(second)).find((entry) => entry.name === 'media/clip.mp4')?.content.equals(contents.get('clip')!)).toBe(true);
    // Other media: the zip writes its own.
    reads.splice(0);
    const other = await collect(writeZip(files.filter((file) => file.path !== 'media/still.png'), open, readSync, memo));
    expect(reads).toEqual(['clip']);
    expect(other.equals(await collect(writeZip(files.filter((file) => file.path !== 'media/still.png'), open, readSync)))).toBe(true);
  });

  it('copies a media part only from the zip that wrote it, when zips of other media were made meanwhile', async () => {
    const contents = new Map([['clip', Buffer.alloc(50_000, 1)], ['still', Buffer.alloc(20_000, 2)]]);
    const readSync = (path: string): SyncReader => createMemorySource({ [path]: contents.get(path)! }).readSync!(path);
    const withClip: SiteFile[] = [{ path: 'index.html', content: '<p>A</p>' }, { path: 'media/clip.mp4', source: 'clip' }];
    const withStill: SiteFile[] = [{ path: 'index.html', content: '<p>B</p>' }, { path: 'media/still.png', source: 'still' }];
    const memo = createZipMemo();
    const output = createMemoryOutput();
    // Two zips under way together: the one with the clip finishes last, after the other set the memo's media part.
    const clipZip = writeZip(withClip, open, readSync, memo);
    const clipBytes = await collect(clipZip);
    const stillZip = writeZip(withStill, open, readSync, memo);
    await collect(stillZip);
    clipZip.written(await output.write('clip.zip', (async function* () { yield clipBytes; })()));
    const again = await collect(writeZip(withStill, open, readSync, memo));
    expect(again.equals(await collect(writeZip(withStill, open, readSync)))).toBe(true);
  });

  it('makes a file made when written (a lesson script) as it zips it: again for each zip, unless the build keeps it for the zips to come', async () => {
    let made = 0;
    const make = (): string => (made++, '<p>Lesson two</p>'.repeat(400));
    const files: SiteFile[] = [{ path: 'assets/lessons/2.js', make }, { path: 'index.html', content: '<p>One</p>' }];
    const memo = createZipMemo();
    const first = await collect(writeZip(files, open, undefined, memo));
    expect(made).toBe(1);
    expect((await readZip(first)).find((entry) => entry.name === 'assets/lessons/2.js')?.content.toString()).toBe(make());
    made = 0;
    // One zip of a site keeps nothing of it: a build holds one lesson's script at a time.
    expect((await collect(writeZip(files, open, undefined, memo))).equals(first)).toBe(true);
    expect(made).toBe(1);
    memo.made = new WeakMap();
    await collect(writeZip(files, open, undefined, memo));
    expect((await collect(writeZip(files, open, undefined, memo))).equals(first)).toBe(true);
    expect(made).toBe(2);
  });

  it('streams a deflated course file larger than it reads whole', async () => {
    let opens = 0;
    const big = Buffer.alloc(readOnceBytes + 1, 65);
    const stream = (): Readable => {
      opens += 1;
      return Readable.from([big]);
    };
    const reader = (): SyncReader => ({ size: big.length, read: () => { throw new Error('read whole'); }, close: () => undefined });
    const entries = await readZip(await collect(writeZip([{ path: 'handout.txt', source: 'handout' }], stream, reader)));
    expect(opens).toBe(1);
    expect(entries.find((e) => e.name === 'handout.txt')?.content.equals(big)).toBe(true);
  });

  it('ends with a SourceReadError naming the file when it cannot be opened', async () => {
    const unreadable = (): never => {
      throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    };
    await expect(collect(writeZip([{ path: 'a.txt', content: 'a' }, { path: 'media/b.mp4', source: 'b' }], open, unreadable))).rejects.toMatchObject({ name: 'SourceReadError', path: 'b' });
  });

  it('ends the stream with a SourceReadError naming the file when a course file fails', async () => {
    const failing = (): Readable =>
      new Readable({
        read() {
          this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
        },
      });
    const run = collect(writeZip([{ path: 'a.txt', content: 'a' }, { path: 'media/b.mp4', source: 'media/b.mp4' }], failing));
    await expect(run).rejects.toBeInstanceOf(SourceReadError);
    await expect(run).rejects.toMatchObject({ path: 'media/b.mp4' });
  });

  it('fails with a SourceReadError when a deflated course file fails halfway', async () => {
    const failing = (): Readable => {
      let sent = false;
      return new Readable({
        read() {
          if (sent) return void setImmediate(() => this.destroy(new Error('EIO: i/o error, read')));
          sent = true;
          this.push('WEBVTT\n');
        },
      });
    };
    const run = collect(writeZip([{ path: 'media/a.vtt', source: 'media/a.vtt' }], failing));
    await expect(run).rejects.toMatchObject({ name: 'SourceReadError', path: 'media/a.vtt' });
  });

  it('streams large course files from disk in many chunks and reads them back intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-zip-'));
    try {
      const video = Buffer.alloc(3 * 1024 * 1024 + 17).map((_, i) => (i * 7) % 251);
      const captions = Buffer.from('WEBVTT\n\n'.concat('00:00.000 --> 00:01.000\nLine\n\n'.repeat(20_000)));
      mkdirSync(join(dir, 'media'));
      writeFileSync(join(dir, 'media', 'v.mp4'), video);
      writeFileSync(join(dir, 'media', 'v.vtt'), captions);
      const disk = createDiskSource(dir);
      const files = [{ path: 'media/v.mp4', source: 'media/v.mp4' }, { path: 'media/v.vtt', source: 'media/v.vtt' }];
      const entries = new Map((await readZip(await collect(writeZip(files, (p) => disk.open(p))))).map((e) => [e.name, e]));
      expect(entries.get('media/v.mp4')?.content.equals(video)).toBe(true);
      expect(entries.get('media/v.vtt')?.content.equals(captions)).toBe(true);
      expect(entries.get('media/v.vtt')?.compressedSize).toBeLessThan(captions.length / 10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses more entries than a zip without Zip64 can hold', () => {
    const files = Array.from({ length: 65_536 }, (_, i) => ({ path: `f${i}.txt`, content: '' }));
    expect(() => writeZip(files, open)).toThrow(ZipLimitError);
  });

  it('fails with a SourceReadError when a course file cannot be opened', async () => {
    const run = collect(writeZip([{ path: 'media/gone.mp4', source: 'media/gone.mp4' }], open));
    await expect(run).rejects.toMatchObject({ name: 'SourceReadError', path: 'media/gone.mp4' });
  });
});
