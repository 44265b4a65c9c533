import type { Node, Parent } from 'unist';
import type { Range } from '../../model/position.js';

/**
 * How deep Markdown may nest (quotes in lists in quotes …). Real lessons stay under ten; the tree
 * walks after parsing (conversion to HTML, sanitizing) recurse once per level, so 2,000 nested
 * `>` on one line used to end in "Maximum call stack size exceeded" instead of a diagnostic.
 */
export const maxMarkdownDepth = 100;

/**
 * Cut every branch of `tree` deeper than `max` levels, without recursion, and return where the
 * first cut was made (undefined when nothing was cut). The cut content is not shown; the author
 * gets an error, so no package is made from it.
 */
export function limitDepth(tree: Node, max = maxMarkdownDepth): Range | undefined {
  let first: Range | undefined;
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const children = (item.node as Partial<Parent>).children;
    if (!children?.length) continue;
    if (item.depth >= max) {
      const p = children[0]?.position;
      if (!first && p) first = { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } };
      (item.node as Parent).children = [];
      continue;
    }
    // Pushed last first, so branches are visited in document order and `first` is the earliest.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, depth: item.depth + 1 });
  }
  return first;
}
