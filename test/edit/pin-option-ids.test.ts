import { describe, expect, it } from 'vitest';
import { withPinnedIds } from '../../src/edit/pin-option-ids.js';

describe('withPinnedIds', () => {
  it('ends each named line with its id, keeping the file\'s line endings and every other line', () => {
    const text = '---\r\ntitle: A\r\n---\r\n- [x] Name it\t \r\n  Yes.\r\n- [ ] Wait\r\n';
    expect(withPinnedIds(text, [{ line: 4, id: 'name-it' }, { line: 6, id: 'wait' }])).toBe('---\r\ntitle: A\r\n---\r\n- [x] Name it {#name-it}\r\n  Yes.\r\n- [ ] Wait {#wait}\r\n');
    expect(withPinnedIds('- [ ] Last line, no ending', [{ line: 1, id: 'last' }])).toBe('- [ ] Last line, no ending {#last}');
  });

  it('writes the id in place of a line break at the end of the line, not after it', () => {
    expect(withPinnedIds('- [x] Name it  \n  Yes.\n', [{ line: 1, id: 'name-it' }])).toBe('- [x] Name it {#name-it}\n  Yes.\n');
    expect(withPinnedIds('- [x] Name it\\\n  Yes.\n', [{ line: 1, id: 'name-it' }])).toBe('- [x] Name it {#name-it}\n  Yes.\n');
    // Two backslashes are one written backslash, not a line break.
    expect(withPinnedIds('- [x] C:\\\\\n', [{ line: 1, id: 'c' }])).toBe('- [x] C:\\\\ {#c}\n');
  });

  it('refuses a line the text does not have', () => {
    expect(() => withPinnedIds('one line\n', [{ line: 5, id: 'x' }])).toThrow('no line 5 to pin "x" on');
  });
});
