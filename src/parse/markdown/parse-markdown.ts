import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Range } from '../../model/position.js';
import { capLineNesting } from './cap-line-nesting.js';
import { limitDepth, maxMarkdownDepth } from './limit-depth.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);

/**
 * Parse a lesson file into an mdast tree with positions (front matter, GFM, directives). Nesting
 * deeper than `maxMarkdownDepth` is cut off, and `tooDeep` told where, so later tree walks cannot
 * overflow the stack.
 */
export function parseMarkdownTree(text: string, tooDeep?: (range: Range) => void): Root {
  const capped = capLineNesting(text, maxMarkdownDepth);
  const tree = processor.runSync(processor.parse(capped.text)) as Root;
  const pruned = limitDepth(tree);
  const cut = capped.cut ?? pruned;
  if (cut) tooDeep?.(cut);
  return tree;
}
