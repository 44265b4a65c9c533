import { serialize, deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { markdownBlock } from '../../../src/parse/blocks/markdown-block.js';

const at = { file: 'lessons/a.md', range: { start: { line: 3, column: 1 } } };
// Long enough to be kept packed; with characters outside Latin-1 and of four bytes in UTF-8.
const long = `<h2>Übergabe — 交接班</h2>\n${'<p>Speak up on the ward, calmly 🙂 &amp; early.</p>\n'.repeat(80)}`;

describe('markdownBlock', () => {
  it('gives back the HTML of a long passage exactly, each time it is read', () => {
    const block = markdownBlock(long, at, ['manager']);
    expect(block.html).toBe(long);
    expect(block.html).toBe(long);
    expect(block).toMatchObject({ kind: 'markdown', at, editions: ['manager'] });
  });

  it('keeps a long passage deflated, not as the string', () => {
    const block = markdownBlock(long, at);
    const own = Object.getOwnPropertyDescriptor(block, 'html');
    expect(own?.value).toBeUndefined();
    expect(own?.get).toBeTypeOf('function');
  });

  it('reads as a plain block to a spread, structuredClone, JSON and the build cache', () => {
    const block = markdownBlock(long, at);
    const plain = { kind: 'markdown', at, html: long };
    expect({ ...block }).toEqual(plain);
    expect(structuredClone(block)).toEqual(plain);
    expect(JSON.parse(JSON.stringify(block))).toEqual(plain);
    expect(deserialize(serialize(block))).toEqual(plain);
  });

  it('keeps a short passage as it is', () => {
    const block = markdownBlock('<p>Hi.</p>', at);
    expect(Object.getOwnPropertyDescriptor(block, 'html')?.value).toBe('<p>Hi.</p>');
    expect(block).not.toHaveProperty('editions');
  });
});
