import type { Paragraph, Root } from 'mdast';
import type { Point } from 'unist';

/**
 * One line of words and everyday punctuation that no Markdown, GFM or directive construct can
 * start: letters, digits, single spaces and , . ; ? ! ' " ( ) / % = $ - and typographic quotes and
 * dashes, and a colon followed by a space or the end ("Note: …"). Left out on purpose: every
 * character that opens a construct (`*_~\`[]<>&\\#|@{}+`, a colon before a name: a directive),
 * a first character that could open or interrupt a block (`-`, `=`, a list number "1." or "1)"),
 * "www." (a GFM autolink), tabs, runs of spaces, spaces at either end (a hard break, or stripped).
 * The test compares the tree below with the parser's for every such text it generates.
 */
const simpleLine = /^[\p{L}\p{M}\p{N}"'(\u2018\u201c][\p{L}\p{M}\p{N}"'(),.;:?!/%=$\-\u2018\u2019\u201c\u201d\u2013\u2014\u2026]*(?: [\p{L}\p{M}\p{N}"'(),.;:?!/%=$\-\u2018\u2019\u201c\u201d\u2013\u2014\u2026]+)*$/u;

/** The most characters a text may have to take the short way (scenario steps and choices are short). */
const maxSimpleLength = 1000;

/** Whether `line` is a simple line (see `simpleLine`): plain words the parser reads as plain text. */
export function isSimpleLine(line: string): boolean {
  return simpleLine.test(line) && !/^\p{N}+[.)]/u.test(line) && !/www\./iu.test(line) && !/:(?! |$)/u.test(line);
}

/**
 * The paragraph node the parser makes of simple `lines` that start a paragraph at column 1 of
 * line `line` (1-based), `offset` characters into the text: one text node holding the lines joined
 * by line feeds, positions included.
 */
export function simpleParagraph(lines: readonly string[], line: number, offset: number): Paragraph {
  const value = lines.join('\n');
  const start = (): Point => ({ line, column: 1, offset });
  const end = (): Point => ({ line: line + lines.length - 1, column: (lines.at(-1) ?? '').length + 1, offset: offset + value.length });
  return { type: 'paragraph', children: [{ type: 'text', value, position: { start: start(), end: end() } }], position: { start: start(), end: end() } };
}

/**
 * The mdast tree of `text` when it is one paragraph of simple lines (see `simpleLine`), as YAML
 * block scalars give them (lines joined by a line feed, perhaps one at the end): a paragraph holding
 * one text node, positions as the parser gives them, without running the parser; otherwise
 * undefined. Most scenario steps, choices, options and feedback are such paragraphs, and each
 * would otherwise cost a full parse.
 */
export function simpleTextTree(text: string): Root | undefined {
  if (text.length === 0 || text.length > maxSimpleLength) return undefined;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = body.split('\n');
  if (!lines.every(isSimpleLine)) return undefined;
  const paragraph = simpleParagraph(lines, 1, 0);
  const end = paragraph.position!.end;
  const documentEnd: Point = body === text ? { ...end } : { line: lines.length + 1, column: 1, offset: text.length };
  return { type: 'root', children: [paragraph], position: { start: { line: 1, column: 1, offset: 0 }, end: documentEnd } };
}
