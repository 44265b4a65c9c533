import type { Text } from 'mdast';
import type { Range, SourceLocation } from '../../model/position.js';
import type { MarkdownContext } from './markdown-to-html.js';

/** A table's row of dashes: cells of `---` (`:--`, `--:` or `:-:` to align), between bars. */
const dashesRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * A table whose row of dashes has another number of cells than its first row: Markdown (GFM)
 * reads no table then, and learners would see the lines as written, bars and dashes. Asked of
 * text the parser made, where such rows can only be a table it did not read; reported once, at
 * its first row. Cells are counted in the lines as the author wrote them, where a `\|` is a bar
 * in a cell.
 */
export function checkUnreadTable(node: Text, local: SourceLocation, locate: (range: Range) => SourceLocation, ctx: MarkdownContext): void {
  if (!node.value.includes('|')) return;
  const { start: from, end: to } = node.position ?? {};
  const written = from?.offset !== undefined && to?.offset !== undefined ? ctx.written?.(from.offset, to.offset) : undefined;
  const lines = (written ?? node.value).split('\n');
  for (let index = 1; index < lines.length; index++) {
    const dashes = lines[index]!;
    const heading = lines[index - 1]!;
    if (!dashes.includes('|') || !dashesRow.test(dashes) || !heading.includes('|')) continue;
    const columns = cellCount(heading);
    const cells = cellCount(dashes);
    if (columns === cells) continue;
    const start = local.range && { line: local.range.start.line + index - 1, column: index === 1 ? local.range.start.column : 1 };
    const at = start ? locate({ start, end: { line: start.line, column: start.column + heading.trimEnd().length } }) : local;
    ctx.sink.report('table-columns-mismatch', { at, values: { columns, cells, row: `| ${Array.from({ length: columns }, () => '---').join(' | ')} |` } });
    return;
  }
}

/** The cells of a table row: the parts between its bars, but a bar at either end, and `\|`. */
function cellCount(row: string): number {
  const parts = row.trim().split(/(?<!\\)\|/);
  if (parts[0]?.trim() === '') parts.shift();
  if (parts.length > 1 && parts.at(-1)?.trim() === '') parts.pop();
  return parts.length;
}
