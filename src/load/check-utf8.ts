import { isUtf8 } from 'node:buffer';
import { SourceFileError } from './source-file-error.js';

/**
 * Throws a `SourceFileError` (`not-utf8`) when a course text file (not an SVG) is not UTF-8, with where its
 * first byte that is not lies, as editors count (line and column in the text before it); read as
 * UTF-8 anyway, "é" in Latin-1 would become "�" in every package, without a word. A file saved as
 * UTF-16 (by Windows Notepad, or Excel's "Unicode text") is named as such.
 */
export function checkUtf8(path: string, bytes: Uint8Array): void {
  // A drawing says its own encoding in its XML declaration: the SVG check reads it as XML.
  if (isUtf8(bytes) || /\.svg$/i.test(path)) return;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const offset = utf16 ? 0 : firstInvalidByte(bytes);
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, offset).toString('utf8').replace(/\r\n?/g, '\n');
  const lineStart = before.lastIndexOf('\n') + 1;
  throw new SourceFileError(path, 'not-utf8', {
    reason: utf16 ? 'it is saved as UTF-16, not UTF-8' : 'it is not saved as UTF-8',
    at: { line: before.split('\n').length, column: before.length - lineStart + 1 },
  });
}

/** Offset of the first byte that does not continue a well-formed UTF-8 sequence (RFC 3629 §4). */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (length === 0 || (bytes[i + 1] ?? 0) < low || (bytes[i + 1] ?? 0) > high) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
