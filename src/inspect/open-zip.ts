import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { crc32 } from '../package/zip/crc32.js';
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
  return {
    entries: raw.map((item) => item.info),
    async readText(name, maxBytes = 32 * 1024 * 1024) {
      const entry = byName.get(name);
      if (!entry || entry.uncompressedSize > maxBytes || entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) return undefined;
      try {
        const stream = await new Promise<Readable>((resolve, reject) => {
          zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s)));
        });
        const bytes = await buffer(stream);
        // yauzl checks sizes, not the CRC: a damaged deflate stream can still inflate, to other bytes.
        if (crc32(bytes) >>> 0 !== entry.crc32 >>> 0) throw new Error('its bytes do not match their CRC-32');
        return bytes.toString('utf8').replace(/^\uFEFF/, '');
      } catch (error) {
        onDamaged(name, error instanceof Error ? error.message : String(error));
        return undefined;
      }
    },
    close: () => zip.close(),
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
