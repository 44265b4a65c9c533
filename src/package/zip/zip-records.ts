/**
 * The byte layout of the zip records coursewright writes (PKWARE APPNOTE 6.3, sections 4.3.7,
 * 4.3.9, 4.3.12, 4.3.16). Zip 2.0 features only: store or deflate, no encryption, no extra
 * fields, no Zip64 (a course package never comes near 4 GB or 65,535 files; see `zipLimits`).
 */

/** 1980-01-01 00:00:00 in DOS format: the earliest date a zip can hold, the same in every zone. */
export const dosDate = (0 << 9) | (1 << 5) | 1;
export const dosTime = 0;

/** "Version needed to extract" and the version in "made by": 2.0 (deflate, folders, descriptors). */
const zipVersion = 20;
/** Host system in "version made by": 3 = Unix, so extractors honour the Unix modes we write. */
const unixHost = 3;

/** Beyond these the zip would need Zip64 records, which coursewright does not write. */
export const zipLimits = { entries: 0xffff, bytes: 0xffffffff } as const;

/** General-purpose flag bit 3: sizes and CRC follow the data in a data descriptor. */
export const flagDataDescriptor = 0x0008;
/**
 * General-purpose flag bit 11 (APPNOTE appendix D): the name is UTF-8. Without it, unzip tools
 * read a non-ASCII name as IBM code page 437 and unpack "café.png" under another name.
 */
export const flagUtf8Name = 0x0800;

/** The flags a name needs: bit 11 when it has any byte outside ASCII. */
export function nameFlags(name: Buffer): number {
  return name.some((byte) => byte > 0x7f) ? flagUtf8Name : 0;
}

/** Everything the headers say about one entry. */
export interface ZipRecord {
  name: Buffer;
  /** 0 = stored, 8 = deflated. */
  method: 0 | 8;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Unix type and permission bits, e.g. 0o100644. */
  mode: number;
  /** Offset of the local header from the start of the zip. */
  offset: number;
}

export function localFileHeader(record: ZipRecord): Buffer {
  const known = (record.flags & flagDataDescriptor) === 0;
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(zipVersion, 4);
  header.writeUInt16LE(record.flags, 6);
  header.writeUInt16LE(record.method, 8);
  header.writeUInt16LE(dosTime, 10);
  header.writeUInt16LE(dosDate, 12);
  header.writeUInt32LE(known ? record.crc : 0, 14);
  header.writeUInt32LE(known ? record.compressedSize : 0, 18);
  header.writeUInt32LE(known ? record.size : 0, 22);
  header.writeUInt16LE(record.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, record.name]);
}

export function dataDescriptor(record: ZipRecord): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(record.crc, 4);
  descriptor.writeUInt32LE(record.compressedSize, 8);
  descriptor.writeUInt32LE(record.size, 12);
  return descriptor;
}

export function centralDirectoryHeader(record: ZipRecord): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE((unixHost << 8) | zipVersion, 4);
  header.writeUInt16LE(zipVersion, 6);
  header.writeUInt16LE(record.flags, 8);
  header.writeUInt16LE(record.method, 10);
  header.writeUInt16LE(dosTime, 12);
  header.writeUInt16LE(dosDate, 14);
  header.writeUInt32LE(record.crc, 16);
  header.writeUInt32LE(record.compressedSize, 20);
  header.writeUInt32LE(record.size, 24);
  header.writeUInt16LE(record.name.length, 28);
  // Extra field length, comment length, disk number, internal attributes: all 0 (bytes 30-37).
  const msDosDirectory = (record.mode & 0o170000) === 0o040000 ? 0x10 : 0;
  header.writeUInt32LE(((record.mode << 16) | msDosDirectory) >>> 0, 38);
  header.writeUInt32LE(record.offset, 42);
  return Buffer.concat([header, record.name]);
}

export function endOfCentralDirectory(entries: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(entries, 8);
  record.writeUInt16LE(entries, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}
