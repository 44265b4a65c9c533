import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMedia, type ByteReader } from '../../src/parse/assets/check-media.js';
import { mp4 } from '../support-course/media-bytes.js';

/** `npm run fuzz` raises this; the normal suite keeps a few hundred cases. */
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seed = Number(process.env.FUZZ_SEED ?? 20261204);

const reader = (bytes: Uint8Array): ByteReader => ({
  size: bytes.byteLength,
  read(into, position) {
    const part = bytes.subarray(Math.min(position, bytes.byteLength), position + into.byteLength);
    into.set(part);
    return part.byteLength;
  },
});

const extensions = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'mp4', 'm4a', 'webm', 'mp3', 'ogg', 'oga', 'wav', 'pdf'];

// A media file is whatever an author drops in the folder: the check reads its headers and must
// never throw (a build would stop with a stack trace) nor read past it, whatever the bytes say.
describe('the media check on any bytes', () => {
  it('never throws on random bytes, whatever the name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...extensions), fc.uint8Array({ maxLength: 2048 }), (extension, bytes) => {
        expect(Array.isArray(checkMedia(extension, reader(bytes)))).toBe(true);
      }),
      { numRuns: runs, seed },
    );
  });

  it('never throws on an MP4 or JPEG whose box and segment sizes are damaged', () => {
    const movie = Uint8Array.from(mp4('hvc1', 'mp4a'));
    const photo = Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0, 17, 8, 0x0b, 0xd0, 0x0f, 0xc0, 3]);
    const damaged = (base: Uint8Array) => fc.array(fc.tuple(fc.nat(base.byteLength - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }).map((edits) => {
      const bytes = Uint8Array.from(base);
      for (const [at, value] of edits) bytes[at] = value;
      return bytes;
    });
    fc.assert(
      fc.property(fc.oneof(damaged(movie).map((b) => ['mp4', b] as const), damaged(photo).map((b) => ['jpg', b] as const)), fc.nat(4096), ([extension, bytes], cut) => {
        expect(Array.isArray(checkMedia(extension, reader(bytes.subarray(0, Math.max(1, bytes.byteLength - cut)))))).toBe(true);
      }),
      { numRuns: runs, seed },
    );
  });
});
