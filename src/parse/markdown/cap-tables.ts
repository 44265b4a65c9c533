import type { Range } from '../../model/position.js';

/** Most cells (rows × columns, header included) one Markdown table may have. */
export const maxTableCells = 10_000;

/**
 * Blank out every table with more than `max` cells before remark sees the text. GFM pads every row
 * to the header's column count, so a 4 MB table (a header of a million cells over a few rows)
 * becomes billions of tree nodes and runs the build out of memory. The table's lines become empty lines,
 * so positions elsewhere stay where the author sees them. One pass over the text.
 */
export function capTables(text: string, max = maxTableCells): { text: string; cut?: { range: Range; cells: number } } {
  const lines = lineSpans(text);
  const parts: string[] = [];
  let copied = 0;
  let cut: { range: Range; cells: number } | undefined;
  for (let i = 1; i < lines.length; i++) {
    const header = lines[i - 1]!;
    const columns = delimiterColumns(text, lines[i]!);
    if (!columns || !text.slice(header.start, header.end).includes('|')) continue;
    let last = i;
    while (last + 1 < lines.length && !isBlank(text, lines[last + 1]!)) last++;
    const cells = (last - i + 1) * columns; // the header and the body rows; the delimiter row is not a row
    if (cells > max) {
      cut ??= { range: { start: { line: i, column: 1 } }, cells };
      const end = lines[last]!.end;
      parts.push(text.slice(copied, header.start), '\n'.repeat(last - i + 1));
      copied = end;
    }
    i = last + 1;
  }
  if (!cut) return { text };
  parts.push(text.slice(copied));
  return { text: parts.join(''), cut };
}

interface Span {
  start: number;
  end: number;
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    spans.push({ start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return spans;
}

/** Where a line's content starts, after indentation and blockquote markers. */
function contentStart(text: string, line: Span): number {
  let i = line.start;
  while (i < line.end && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
  return i;
}

function isBlank(text: string, line: Span): boolean {
  for (let i = contentStart(text, line); i < line.end; i++) if (text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\r') return false;
  return true;
}

/** Number of columns when the line is a table's delimiter row (`| --- | :-: |`), else 0. */
function delimiterColumns(text: string, line: Span): number {
  let columns = 0;
  let cell = false; // the current cell has a hyphen
  let pipes = 0;
  for (let i = contentStart(text, line); i < line.end; i++) {
    const c = text[i];
    if (c === '|') {
      pipes++;
      if (cell) columns++;
      cell = false;
    } else if (c === '-') cell = true;
    else if (c !== ':' && c !== ' ' && c !== '\t' && c !== '\r') return 0;
  }
  if (cell) columns++;
  return pipes ? columns : 0;
}
