import type { Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  /** Prefix for file paths, e.g. the course folder as the user typed it. */
  base?: string;
  /** Text of a file, for the code frame; undefined when unavailable. */
  readSource?: (file: string) => string | undefined;
  /** Colour codes for terminals. */
  color?: boolean;
}

const colors = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

/**
 * The printed form of one diagnostic: a clickable `file:line:column severity message  code`
 * line, a short code frame and the hint.
 */
export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const paint = (color: keyof typeof colors, text: string): string => (options.color ? `${colors[color]}${text}${colors.reset}` : text);
  const file = escapeControls(d.file ? joinBase(options.base, d.file) : options.base ?? '');
  const where = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
  const lines = [`${where ? `${where} ` : ''}${paint(d.severity, d.severity)} ${escapeControls(d.message)}  ${paint('dim', d.code)}`];
  const text = d.file && d.range ? options.readSource?.(d.file) : undefined;
  if (text !== undefined && d.range) lines.push(...codeFrame(text, d.range.start.line, d.range.start.column, d.range.end));
  if (d.hint) lines.push(`  hint: ${escapeControls(d.hint)}`);
  for (const r of d.related ?? []) {
    const rf = r.file ? escapeControls(joinBase(options.base, r.file)) : file;
    lines.push(`  ${rf}${r.range ? `:${r.range.start.line}:${r.range.start.column}` : ''} ${escapeControls(r.message)}`);
  }
  return lines.join('\n');
}

/** Summary line, e.g. "2 errors, 1 warning". */
export function summarizeDiagnostics(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

function joinBase(base: string | undefined, file: string): string {
  if (!base || base === '.') return file;
  return `${base.replace(/\/+$/, '')}/${file}`;
}

function codeFrame(text: string, line: number, column: number, end?: { line: number; column: number }): string[] {
  const [above, at] = linesUpTo(text, line);
  if (at === undefined) return [];
  const whole = printable(at);
  // A long line (minified JSON, a 40,000-character YAML list) is shown as the part around the column.
  const from = whole.length > longLine ? Math.max(0, Math.min(column - 1 - frameLead, whole.length - frameWidth)) : 0;
  const source = windowOf(whole, from);
  const shift = from > 0 ? from - 1 : 0; // the columns left out, less the "…" that stands for them
  const width = String(line).length;
  const frame: string[] = [];
  // The line above, when it has something to show where the reported one is shown.
  const previous = above === undefined ? undefined : printable(above);
  if (previous?.slice(from, from + frameWidth).trim()) frame.push(`  ${String(line - 1).padStart(width)} | ${windowOf(previous, from)}`);
  frame.push(`  ${String(line)} | ${source}`);
  const length = end && end.line === line && end.column > column ? end.column - column : 1;
  const caret = column - 1 - shift;
  frame.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, caret))}${'^'.repeat(Math.min(length, Math.max(1, source.length - caret)))}`);
  return frame;
}

/**
 * A line longer than `longLine` characters (a directive with many attributes is not) is shown as
 * `frameWidth` of them, `frameLead` of those before the column.
 */
const longLine = 300;
const frameWidth = 160;
const frameLead = 60;

/** `frameWidth` characters of `line` from `from`, with "…" where some are left out; a line that is not long, whole. */
function windowOf(line: string, from: number): string {
  if (line.length <= longLine && from === 0) return line;
  const part = line.slice(from, from + frameWidth);
  return `${from > 0 ? '…' : ''}${part}${from + frameWidth < line.length ? '…' : ''}`;
}

/**
 * Lines `line - 1` and `line` (1-based; a line ends at `\n` or `\r\n`) of `text`, found by looking for
 * the line ends above them rather than splitting the whole text: a frame in a file of hundreds of
 * thousands of lines (a generated caption file) must not cost a split of all of them.
 */
function linesUpTo(text: string, line: number): [string | undefined, string | undefined] {
  let start = 0;
  let above: string | undefined;
  for (let n = 1; n < line; n++) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) return [undefined, undefined];
    above = lineText(text, start, newline);
    start = newline + 1;
  }
  const newline = text.indexOf('\n', start);
  return [above, newline === -1 ? text.slice(start) : lineText(text, start, newline)];
}

/** The line from `start` to the `\n` at `end`, without a `\r` right before it. */
function lineText(text: string, start: number, end: number): string {
  return text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
}

/**
 * Author text in messages (a file name from a `%1b` path, a pasted title) is shown with its
 * control characters spelled out (`\x1b`), so it can never move the cursor, recolour or rewrite
 * the terminal, and the reader still sees what is in the file.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// A tab counts as one column, so it is shown as one space to keep the caret under the right
// character; control characters (binary junk, escape sequences) must not reach the terminal.
function printable(line: string): string {
  return line.replace(/\t/g, ' ').replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, '\uFFFD');
}
