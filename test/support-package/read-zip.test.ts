import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../src/package/zip/write-zip.js';
import { readZip } from './read-zip.js';

const text = 'Lesson text. '.repeat(50);
const zipOf = async (): Promise<Buffer> =>
  buffer(
    writeZip(
      [
        { path: 'a.txt', content: text, store: true },
        { path: 'b.txt', source: 'b.txt' },
      ],
      () => Readable.from([Buffer.from(text)]),
    ),
  );

/** Offsets of every record with `signature` in `zip`. */
function recordsOf(zip: Buffer, signature: number): number[] {
  const found: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (zip.readUInt32LE(i) === signature) found.push(i);
  return found;
}

/** The test reader is what every zip test trusts, so it must fail on a damaged zip. */
describe('readZip checks what yauzl does not', () => {
  it('reads an intact zip, one entry with a local header CRC and one with a data descriptor', async () => {
    const entries = await readZip(await zipOf());
    expect(entries.map((e) => [e.name, e.flags & 8])).toEqual([['a.txt', 0], ['b.txt', 8]]);
  });

  it.each([
    ['central directory CRC', 0x02014b50, 0, 16, /CRC-32 is .*central directory says/],
    ['local header CRC', 0x04034b50, 0, 14, /local header CRC-32/],
    ['data descriptor CRC', 0x08074b50, 0, 4, /data descriptor CRC-32/],
    ['central directory size', 0x02014b50, 1, 24, /bytes|size/i],
  ])('fails when one byte of the %s is changed', async (_name, signature, index, offset, message) => {
    const zip = await zipOf();
    const record = recordsOf(zip, signature)[index];
    expect(record).toBeDefined();
    const at = (record ?? 0) + offset;
    zip.writeUInt8((zip.readUInt8(at) ^ 0x01) >>> 0, at);
    await expect(readZip(zip)).rejects.toThrow(message);
  });
});
