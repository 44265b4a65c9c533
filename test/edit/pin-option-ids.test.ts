import { describe, expect, it } from 'vitest';
import { withPinnedIds } from '../../src/edit/pin-option-ids.js';

describe('withPinnedIds', () => {
  it('ends each named line with its id, keeping the file\'s line endings and every other line', () => {
    const text = '---\r\ntitle: A\r\n---\r\n- [x] Name it\t \r\n  Yes.\r\n- [ ] Wait\r\n';
    expect(withPinnedIds(text, [{ line: 4, id: 'name-it' }, { line: 6, id: 'wait' }])).toBe('---\r\ntitle: A\r\n---\r\n- [x] Name it {#name-it}\r\n  Yes.\r\n- [ ] Wait {#wait}\r\n');
    expect(withPinnedIds('- [ ] Last line, no ending', [{ line: 1, id: 'last' }])).toBe('- [ ] Last line, no ending {#last}');
  });

  it('refuses a line the text does not have', () => {
    expect(() => withPinnedIds('one line\n', [{ line: 5, id: 'x' }])).toThrow('no line 5 to pin "x" on');
  });
});
