import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/** The part of yauzl (which ships no types) used here. */
interface ZipEntry {
  fileName: string;
}
interface ZipFile {
  readEntry(): void;
  openReadStream(entry: ZipEntry, callback: (error: Error | null, stream: Readable) => void): void;
  close(): void;
  on(event: 'entry', listener: (entry: ZipEntry) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}
interface Yauzl {
  open(path: string, options: { lazyEntries: boolean; strictFileNames?: boolean }, callback: (error: Error | null, zip: ZipFile) => void): void;
}

const yauzl = createRequire(import.meta.url)('yauzl') as Yauzl;

/**
 * Unpacks the zip at `zipPath` into `dir` (an LMS does the same on import) and returns the entry
 * names in archive order. Entries that would land outside `dir` are refused.
 */
export function unzipTo(zipPath: string, dir: string): Promise<string[]> {
  const root = resolve(dir);
  return new Promise((done, fail) => {
    yauzl.open(zipPath, { lazyEntries: true, strictFileNames: true }, (openError, zip) => {
      if (openError) return fail(openError);
      const names: string[] = [];
      zip.on('error', fail);
      zip.on('end', () => done(names));
      zip.on('entry', (entry) => {
        names.push(entry.fileName);
        const target = join(root, entry.fileName);
        if (!target.startsWith(root + sep)) return fail(new Error(`zip entry escapes the folder: ${entry.fileName}`));
        if (entry.fileName.endsWith('/')) {
          mkdir(target, { recursive: true }).then(() => zip.readEntry(), fail);
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return fail(streamError);
          mkdir(dirname(target), { recursive: true })
            .then(() => pipeline(stream, createWriteStream(target)))
            .then(() => zip.readEntry(), fail);
        });
      });
      zip.readEntry();
    });
  });
}
