import { closeSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { crc32 } from '../package/zip/crc32.js';
import type { ByteReader } from '../parse/assets/check-media.js';
import { fromBuffer, getFileNameLowLevel, open, type Entry, type Options, type ZipFile } from 'yauzl';

/** One entry of a zip, as its central directory describes it. */
export interface ZipEntryInfo {
  /** Path inside the zip, exactly as stored (folders end with "/"). */
  name: string;
  size: number;
  compressedSize: number;
  /** 0 = stored, 8 = deflated; anything else many LMS extractors cannot read (standards §0.2). */
  method: number;
  encrypted: boolean;
}

/** A zip opened for reading: its entries, and the bytes of one entry on demand. Nothing is extracted to disk. */
export interface OpenZip {
  readonly entries: readonly ZipEntryInfo[];
  /**
   * The entry's text (UTF-8, BOM removed); undefined when the entry is missing, larger than
   * `maxBytes`, encrypted, compressed by a method other than stored or deflated (reported by the
   * name check), or damaged (its bytes do not inflate or match their CRC: told to `onDamaged`).
   */
  readText(name: string, maxBytes?: number): Promise<string | undefined>;
  /**
   * The entry's bytes for reads at any position (a media check reads a few headers): a stored
   * entry is read in place, a deflated one up to `maxBytes` is inflated whole; undefined when it
   * is missing, encrypted, larger, damaged or compressed otherwise.
   */
  openBytes(name: string, maxBytes?: number): Promise<ByteReader | undefined>;
  close(): void;
}

// Names are decoded by hand (decodeStrings: false) because yauzl refuses a whole zip that holds
// one absolute or "../" path; inspect must read such a zip to report that very name.
const options: Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };

/** Open a zip from a path (read in place, so large packages are not loaded into memory) or from bytes. */
export async function openZip(source: string | Uint8Array, onDamaged: (entry: string, reason: string) => void = () => undefined): Promise<OpenZip> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    const done = (error: Error | null, file: ZipFile): void => (error ? reject(error) : resolve(file));
    if (typeof source === 'string') open(source, options, done);
    else fromBuffer(Buffer.from(source), options, done);
  });
  const raw = await readEntries(zip);
  const byName = new Map(raw.map((item) => [item.info.name, item.entry]));
  /** The entry's bytes, checked against their CRC; undefined as `readText` says. */
  const readBytes = async (name: string, maxBytes: number): Promise<Buffer | undefined> => {
    const entry = byName.get(name);
    if (!entry || entry.uncompressedSize > maxBytes || entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) return undefined;
    try {
      const stream = await new Promise<Readable>((resolve, reject) => {
        zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s)));
      });
      const bytes = await buffer(stream);
      // yauzl checks sizes, not the CRC: a damaged deflate stream can still inflate, to other bytes.
      if (crc32(bytes) >>> 0 !== entry.crc32 >>> 0) throw new Error('its bytes do not match their CRC-32');
      return bytes;
    } catch (error) {
      onDamaged(name, error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  // A zip read from its path is read in place for stored entries too (opened once, when first needed).
  let fd: number | undefined;
  const readZipAt = (into: Uint8Array, position: number): number => {
    if (typeof source !== 'string') return Buffer.from(source.buffer, source.byteOffset, source.byteLength).copy(into, 0, position, position + into.byteLength);
    fd ??= openSync(source, 'r');
    return readSync(fd, into, 0, into.byteLength, position);
  };
  return {
    entries: raw.map((item) => item.info),
    async readText(name, maxBytes = 32 * 1024 * 1024) {
      return (await readBytes(name, maxBytes))?.toString('utf8').replace(/^\uFEFF/, '');
    },
    async openBytes(name, maxBytes = 32 * 1024 * 1024) {
      const entry = byName.get(name);
      if (!entry || entry.isEncrypted()) return undefined;
      if (entry.compressionMethod === 8) {
        const bytes = await readBytes(name, maxBytes);
        return bytes && { size: bytes.byteLength, read: (into, position) => bytes.copy(into, 0, Math.min(position, bytes.byteLength), position + into.byteLength) };
      }
      if (entry.compressionMethod !== 0) return undefined;
      let start: number;
      try {
        start = (await zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
      } catch (error) {
        onDamaged(name, error instanceof Error ? error.message : String(error));
        return undefined;
      }
      const size = entry.uncompressedSize;
      return { size, read: (into, position) => (position >= size ? 0 : readZipAt(into.subarray(0, Math.min(into.byteLength, size - position)), start + position)) };
    },
    close: () => {
      zip.close();
      if (fd !== undefined) closeSync(fd);
    },
  };
}

function readEntries(zip: ZipFile): Promise<{ info: ZipEntryInfo; entry: Entry }[]> {
  return new Promise((resolve, reject) => {
    const list: { info: ZipEntryInfo; entry: Entry }[] = [];
    zip.on('error', reject);
    zip.on('end', () => resolve(list));
    zip.on('entry', (entry: Entry) => {
      const rawName = entry.fileName as unknown as Buffer;
      // Strict: a backslash stays in the name (yauzl would read it as "/"), as unzip on Linux and
      // macOS keep it, making a file named "media\a.png" at the root instead of a folder.
      const name = getFileNameLowLevel(entry.generalPurposeBitFlag, rawName, entry.extraFields, true);
      list.push({
        entry,
        info: {
          name,
          size: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
          method: entry.compressionMethod,
          encrypted: entry.isEncrypted(),
        },
      });
      zip.readEntry();
    });
    zip.readEntry();
  });
}
