import { describe, expect, it } from 'vitest';
import { capLineNesting } from '../../../src/parse/markdown/cap-line-nesting.js';
import { limitDepth } from '../../../src/parse/markdown/limit-depth.js';
import { parseMarkdownTree } from '../../../src/parse/markdown/parse-markdown.js';

function depthOf(node: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: [{ children?: unknown[] }, number][] = [[node, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    deepest = Math.max(deepest, item[1]);
    for (const child of item[0].children ?? []) stack.push([child as { children?: unknown[] }, item[1] + 1]);
  }
  return deepest;
}

describe('Markdown nesting limits', () => {
  it('blanks container markers past the limit, keeping every position', () => {
    const text = 'intro\n> > - 1. > x\n';
    const capped = capLineNesting(text, 3);
    expect(capped.text).toBe('intro\n> > -      x\n');
    expect(capped.cut).toEqual({ start: { line: 2, column: 7 } });
    expect(capLineNesting('a - b\n> ok\n', 3)).toEqual({ text: 'a - b\n> ok\n' });
  });

  it('parses 10,000 nested quotes on one line into a bounded tree and says where', () => {
    const ranges: unknown[] = [];
    const tree = parseMarkdownTree(`${'>'.repeat(10_000)} hi\n`, (range) => ranges.push(range));
    expect(depthOf(tree)).toBeLessThanOrEqual(102);
    expect(ranges).toEqual([{ start: { line: 1, column: 101 } }]);
  });

  it('cuts deep emphasis after parsing', () => {
    const ranges: unknown[] = [];
    const tree = parseMarkdownTree(`${'*a _'.repeat(120)}x${'_ a*'.repeat(120)}\n`, (range) => ranges.push(range));
    expect(depthOf(tree)).toBeLessThanOrEqual(101);
    expect(ranges).toHaveLength(1);
  });

  it('leaves a tree within the limit alone', () => {
    const tree = parseMarkdownTree('> a\n>\n> - b\n');
    expect(limitDepth(tree, 100)).toBeUndefined();
  });
});
