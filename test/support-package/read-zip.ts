import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import * as zlib from 'node:zlib';

/** The part of yauzl's API the tests use (the package ships no types; @types/yauzl is not installed). */
interface YauzlEntry {
  fileName: string;
  compressionMethod: number;
  uncompressedSize: number;
  compressedSize: number;
  lastModFileDate: number;
  lastModFileTime: number;
  externalFileAttributes: number;
  versionMadeBy: number;
  generalPurposeBitFlag: number;
  extraFields: unknown[];
  crc32: number;
  relativeOffsetOfLocalHeader: number;
}
interface YauzlZipFile {
  readEntry(): void;
  openReadStream(entry: YauzlEntry, callback: (error: Error | null, stream: Readable) => void): void;
  on(event: 'entry', listener: (entry: YauzlEntry) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}
interface Yauzl {
  fromBuffer(
    buffer: Buffer,
    options: { lazyEntries: boolean; strictFileNames?: boolean; validateEntrySizes?: boolean },
    callback: (error: Error | null, zip: YauzlZipFile) => void,
  ): void;
}
const yauzl = createRequire(import.meta.url)('yauzl') as Yauzl;

/** One entry of a zip as read back by an independent reader (yauzl), with its bytes. */
export interface ReadZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  size: number;
  compressedSize: number;
  /** Raw DOS date and time fields: 33 and 0 mean 1980-01-01 00:00:00. */
  dosDate: number;
  dosTime: number;
  /** Unix mode from the external attributes, e.g. 0o100644. */
  mode: number;
  /** Host system of the "version made by" field (3 = Unix). */
  madeBy: number;
  /** General-purpose flags; bit 3 (8) means sizes follow the data in a data descriptor. */
  flags: number;
  extraFieldCount: number;
  content: Buffer;
}

/**
 * Read every entry of a zip, in stored order. yauzl checks the sizes it is told (validateEntrySizes)
 * but never a CRC, so every entry is checked here against all three places a zip records it:
 * the central directory, the local header, and the data descriptor when bit 3 says one follows.
 */
export function readZip(bytes: Uint8Array): Promise<ReadZipEntry[]> {
  return new Promise((resolve, reject) => {
    const options = { lazyEntries: true, strictFileNames: true, validateEntrySizes: true };
    yauzl.fromBuffer(Buffer.from(bytes), options, (error, zip) => {
      if (error) return reject(error);
      const entries: ReadZipEntry[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          buffer(stream).then((content) => {
            const problem = entryProblem(Buffer.from(bytes), entry, content);
            if (problem) return reject(new Error(`Zip entry "${entry.fileName}": ${problem}`));
            entries.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              size: entry.uncompressedSize,
              compressedSize: entry.compressedSize,
              dosDate: entry.lastModFileDate,
              dosTime: entry.lastModFileTime,
              mode: entry.externalFileAttributes >>> 16,
              madeBy: entry.versionMadeBy >>> 8,
              flags: entry.generalPurposeBitFlag,
              extraFieldCount: entry.extraFields.length,
              content,
            });
            zip.readEntry();
          }, reject);
        });
      });
      zip.readEntry();
    });
  });
}

const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Why `entry` does not match its bytes, or undefined. Independent of src/package/zip on purpose. */
function entryProblem(zip: Buffer, entry: YauzlEntry, content: Buffer): string | undefined {
  if (!crc32) return 'cannot check CRC-32: this Node has no zlib.crc32 (needs 20.15 or later)';
  const actual = crc32(content) >>> 0;
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  if (actual !== entry.crc32) return `CRC-32 is ${hex(actual)}, the central directory says ${hex(entry.crc32)}`;
  if (content.length !== entry.uncompressedSize) return `${content.length} bytes, the central directory says ${entry.uncompressedSize}`;
  const local = entry.relativeOffsetOfLocalHeader;
  const flags = zip.readUInt16LE(local + 6);
  if (flags !== entry.generalPurposeBitFlag) return `local header flags ${flags}, central directory ${entry.generalPurposeBitFlag}`;
  let at = local + 14;
  if (flags & 0x0008) {
    // The descriptor follows the data; its signature is optional (APPNOTE 4.3.9.3).
    at = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28) + entry.compressedSize;
    if (zip.readUInt32LE(at) === 0x08074b50) at += 4;
  }
  const recorded = [zip.readUInt32LE(at), zip.readUInt32LE(at + 4), zip.readUInt32LE(at + 8)];
  const where = flags & 0x0008 ? 'data descriptor' : 'local header';
  if (recorded[0] !== entry.crc32) return `${where} CRC-32 ${hex(recorded[0] ?? 0)}, central directory ${hex(entry.crc32)}`;
  if (recorded[1] !== entry.compressedSize || recorded[2] !== entry.uncompressedSize) return `${where} sizes differ from the central directory`;
  return undefined;
}

/**
 * A readable listing, one entry per line, like `zipinfo`: type and mode, method, date and time
 * decoded from the DOS fields, size, name. Compressed sizes are left out: they depend on the
 * zlib build, the rest must not.
 */
export function formatZipListing(entries: readonly ReadZipEntry[]): string {
  const line = (e: ReadZipEntry): string =>
    [permissions(e.mode), method(e.method), dosDateTime(e), String(e.size).padStart(7), e.name].join('  ');
  return `${entries.map(line).join('\n')}\n`;
}

function method(code: number): string {
  return code === 0 ? 'stored ' : code === 8 ? 'deflate' : `method-${code}`;
}

function permissions(mode: number): string {
  const type = (mode & 0o170000) === 0o040000 ? 'd' : (mode & 0o170000) === 0o100000 ? '-' : '?';
  const bits = 'rwxrwxrwx'.split('').map((c, i) => (mode & (1 << (8 - i)) ? c : '-'));
  return type + bits.join('');
}

function dosDateTime(e: ReadZipEntry): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${(e.dosDate >> 9) + 1980}-${pad((e.dosDate >> 5) & 15)}-${pad(e.dosDate & 31)}`;
  return `${date} ${pad(e.dosTime >> 11)}:${pad((e.dosTime >> 5) & 63)}:${pad((e.dosTime & 31) * 2)}`;
}
