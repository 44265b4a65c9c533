import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../src/preview/byte-range.js';

describe('parseByteRange', () => {
  it('reads the ranges browsers ask for, clamped to the file', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseByteRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('refuses a range outside the file (416)', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=0-', 0)).toBe('unsatisfiable');
  });

  it('sends the whole file for no range, another unit, several ranges or nonsense', () => {
    for (const header of [undefined, 'items=0-5', 'bytes=0-5,10-15', 'bytes=9-2', 'bytes=-', 'bytes=abc']) expect(parseByteRange(header, 1000)).toBeUndefined();
  });
});
