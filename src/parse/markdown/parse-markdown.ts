import type { Root } from 'mdast';
import type { Range } from '../../model/position.js';
import { capEmphasis, maxEmphasisMarks } from './cap-emphasis.js';
import { capLineNesting } from './cap-line-nesting.js';
import { capTables, maxTableCells } from './cap-tables.js';
import { limitDepth, maxMarkdownDepth } from './limit-depth.js';
import { markdownProcessor as processor } from './markdown-processor.js';
import { parseWithFastParagraphs } from './parse-with-fast-paragraphs.js';
import { simpleTextTree } from './simple-text.js';

const parse = (text: string): Root => processor.runSync(processor.parse(text)) as Root;

/** A limit of `parseMarkdownTree` that a text went over: the diagnostic to report at its range. */
export type MarkdownLimit =
  | { code: 'markdown-too-deep'; values: { max: number } }
  | { code: 'markdown-table-too-large'; values: { max: number; cells: number } }
  | { code: 'markdown-too-much-emphasis'; values: { max: number } };

/**
 * Parse a lesson file into an mdast tree with positions (front matter, GFM, directives). Before the
 * parser sees the text, linear pre-checks cut what would make it slow or run out of memory (deep
 * nesting at the start of a line, huge tables, thousands of emphasis marks in a paragraph); after,
 * nesting deeper than `maxMarkdownDepth` is cut off, so later tree walks cannot overflow the
 * stack. `overLimit` is told each limit the text went over, and where. A simple line of words
 * (most scenario choices and feedback) gets its tree without the parser (`simpleTextTree`), and
 * so do the top-level paragraphs of plain prose in a longer text (`parseWithFastParagraphs`).
 */
export function parseMarkdownTree(text: string, overLimit?: (range: Range, limit: MarkdownLimit) => void): Root {
  const simple = simpleTextTree(text);
  if (simple) return simple;
  const capped = capLineNesting(text, maxMarkdownDepth);
  const tables = capTables(capped.text);
  const emphasis = capEmphasis(tables.text);
  const tree = parseWithFastParagraphs(emphasis.text, parse) ?? parse(emphasis.text);
  const pruned = limitDepth(tree);
  const cut = capped.cut ?? pruned;
  if (cut) overLimit?.(cut, { code: 'markdown-too-deep', values: { max: maxMarkdownDepth } });
  if (tables.cut) overLimit?.(tables.cut.range, { code: 'markdown-table-too-large', values: { max: maxTableCells, cells: tables.cut.cells } });
  if (emphasis.cut) overLimit?.(emphasis.cut, { code: 'markdown-too-much-emphasis', values: { max: maxEmphasisMarks } });
  return tree;
}
