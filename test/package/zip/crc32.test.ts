import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Fallback } from '../../../src/package/zip/crc32.js';

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32Fallback(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('the fallback for older Node agrees with zlib, also when continued chunk by chunk', () => {
    const data = randomBytes(10_000);
    expect(crc32Fallback(data)).toBe(crc32(data));
    expect(crc32Fallback(data.subarray(4000), crc32Fallback(data.subarray(0, 4000)))).toBe(crc32(data));
  });
});
