import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Range, SourceLocation } from '../../model/position.js';
import { writtenText } from './check-address.js';
import type { MarkdownContext } from './markdown-to-html.js';

/** A table's row of dashes: cells of `---` (`:--`, `--:` or `:-:` to align), between bars. */
const dashesRow = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** What starts a line of a paragraph in a block quote or list, before its text: `> ` marks, indentation. */
const containerMarks = /^[ \t>]*/;

/**
 * A table whose row of dashes has another number of cells than its first row: Markdown (GFM)
 * reads no table then, and learners would see the lines as written, bars and dashes. Asked of a
 * paragraph the parser made, where such rows can only be a table it did not read; reported once,
 * at its first row. Cells are counted in the lines as the author wrote them (emphasis, code and
 * links included), where a bar escaped by a backslash is text in a cell.
 */
export function checkUnreadTable(node: Paragraph, local: SourceLocation, locate: (range: Range) => SourceLocation, ctx: MarkdownContext): void {
  const text = writtenText(node, ctx) ?? toString(node);
  if (!text.includes('|')) return;
  // A paragraph's first line starts at its text; the others carry their containers' marks.
  const rows = text.split('\n').map((line, index) => {
    const marks = index === 0 ? 0 : containerMarks.exec(line)![0].length;
    return { text: line.slice(marks).trimEnd(), column: index === 0 ? (local.range?.start.column ?? 1) : marks + 1 };
  });
  for (let index = 1; index < rows.length; index++) {
    const heading = rows[index - 1]!;
    const dashes = rows[index]!.text;
    if (!dashes.includes('|') || !dashesRow.test(dashes) || !heading.text.includes('|')) continue;
    const columns = cellCount(heading.text);
    const cells = cellCount(dashes);
    if (columns === cells) continue;
    const line = local.range && local.range.start.line + index - 1;
    const at = line !== undefined ? locate({ start: { line, column: heading.column }, end: { line, column: heading.column + heading.text.length } }) : local;
    ctx.sink.report('table-columns-mismatch', { at, values: { columns, cells, row: `| ${Array.from({ length: columns }, () => '---').join(' | ')} |` } });
    return;
  }
}

/** The cells of a table row: the parts between its bars, but a bar at either end and one a backslash escapes. */
function cellCount(row: string): number {
  let cells = 1;
  for (let at = 0; at < row.length; at++) {
    if (row[at] === '\\') at++;
    else if (row[at] === '|') cells++;
  }
  const trimmed = row.trim();
  if (trimmed.startsWith('|')) cells--;
  if (trimmed.length > 1 && trimmed.endsWith('|') && !escapedAt(trimmed, trimmed.length - 1)) cells--;
  return Math.max(cells, 1);
}

/** Whether the character at `index` follows an odd number of backslashes. */
function escapedAt(text: string, index: number): boolean {
  let slashes = 0;
  while (text[index - 1 - slashes] === '\\') slashes++;
  return slashes % 2 === 1;
}
