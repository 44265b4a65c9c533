import { describe, expect, it } from 'vitest';
import { checkUtf8 } from '../../src/load/check-utf8.js';
import { SourceFileError } from '../../src/load/source-file-error.js';

/** Where checkUtf8 says the file stops being UTF-8, and why; undefined when it is UTF-8. */
function problem(bytes: number[] | string, path = 'lessons/a.md'): { reason: string; at?: { line: number; column: number } } | undefined {
  try {
    checkUtf8(path, typeof bytes === 'string' ? Buffer.from(bytes) : Uint8Array.from(bytes));
    return undefined;
  } catch (error) {
    if (!(error instanceof SourceFileError)) throw error;
    return { reason: error.reason, ...(error.at ? { at: error.at } : {}) };
  }
}

const ascii = (text: string): number[] => [...Buffer.from(text)];

describe('checkUtf8', () => {
  it('accepts UTF-8: accents, CJK, emoji, a byte order mark', () => {
    expect(problem('Caf\u00e9, \u4f60\u597d, \u{1F691}')).toBeUndefined();
    expect(problem([0xef, 0xbb, 0xbf, ...ascii('title: x')])).toBeUndefined();
  });

  it('names Latin-1 at the line and column of its first byte that is not UTF-8, counting CRLF as one line end', () => {
    expect(problem([...ascii('---\r\ntitle: Caf'), 0xe9, ...ascii(' break\n')])).toEqual({ reason: 'it is not saved as UTF-8', at: { line: 2, column: 11 } });
    // Columns count the characters before it, as editors do: "é" in UTF-8 is one column.
    expect(problem([...Buffer.from('\u00e9t\u00e9 '), 0xe9])).toEqual({ reason: 'it is not saved as UTF-8', at: { line: 1, column: 5 } });
  });

  it('names UTF-16 (Notepad, "Unicode text" exports) at the start', () => {
    expect(problem([0xff, 0xfe, 0x2d, 0x00])).toEqual({ reason: 'it is saved as UTF-16, not UTF-8', at: { line: 1, column: 1 } });
  });

  it('refuses overlong forms, surrogates and a sequence cut short', () => {
    expect(problem([...ascii('ab'), 0xc0, 0xaf])?.at).toEqual({ line: 1, column: 3 });
    expect(problem([...ascii('a'), 0xed, 0xa0, 0x80])?.at).toEqual({ line: 1, column: 2 });
    expect(problem([...ascii('abc'), 0xe2, 0x82])?.at).toEqual({ line: 1, column: 4 });
  });

  it('leaves an SVG to its XML declaration', () => {
    expect(problem([...ascii('<?xml version="1.0" encoding="ISO-8859-1"?><svg><title>Caf'), 0xe9, ...ascii('</title></svg>')], 'media/a.svg')).toBeUndefined();
  });
});
