import type { Root, RootContent } from 'mdast';
import type { Node, Point, Position } from 'unist';
import { fastParagraphs, type LineSpan } from './fast-paragraphs.js';
import { simpleParagraph } from './simple-text.js';

/**
 * The tree `parse` gives for `text`, made faster: the top-level paragraphs of simple lines that
 * `fastParagraphs` finds are built directly (`simpleParagraph`), and the parser reads the text
 * without their words. Most of a lesson is such prose, and the parser costs per character and
 * per paragraph. In the text it reads, the first paragraph of each run (paragraphs with only
 * blank lines between) becomes one `x` per line: a paragraph like it, which ends whatever came
 * before as the prose does; the others of the run become blank lines (after a paragraph and a
 * blank line nothing is open, so another paragraph changes nothing). Lines and columns do not
 * move, so only offsets need setting back. Each `x` paragraph must come back as a paragraph of the
 * root spanning the same lines, or this returns undefined (as when there is nothing to cut) and
 * the caller parses the whole text.
 */
export function parseWithFastParagraphs(text: string, parse: (text: string) => Root): Root | undefined {
  const spans = fastParagraphs(text);
  if (!spans.length) return undefined;
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++) lineStarts.push(offset);

  // Runs of paragraphs, keyed by the 1-based line of the first.
  const runs = new Map<number, LineSpan[]>();
  const cut = lines.slice();
  let run: LineSpan[] = [];
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    const follows = previous !== undefined && lines.slice(previous.last + 1, span.first).every((line) => /^[ \t]*$/.test(line));
    if (follows) run.push(span);
    else runs.set(span.first + 1, (run = [span]));
    cut.fill(follows ? '' : 'x', span.first, span.last + 1);
  });
  const tree = parse(cut.join('\n'));

  let found = 0;
  const children: RootContent[] = [];
  for (const child of tree.children) {
    const paragraphs = child.type === 'paragraph' ? runs.get(child.position?.start.line ?? 0) : undefined;
    if (paragraphs && child.position?.end.line === paragraphs[0]!.last + 1) {
      for (const { first, last } of paragraphs) children.push(simpleParagraph(lines.slice(first, last + 1), first + 1, lineStarts[first]!));
      found++;
    } else {
      restoreOffsets(child, lineStarts);
      children.push(child);
    }
  }
  if (found !== runs.size) return undefined;
  tree.children = children;
  tree.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length } };
  return tree;
}

/** Set every offset in `node`'s subtree from its line and column (the parser counts a tab as one column). */
function restoreOffsets(node: Node, lineStarts: readonly number[]): void {
  const stack: Node[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.position) setPositionOffsets(next.position, lineStarts);
    // A directive's parse notes more places (`directiveAttributePlaces`); other nodes have none.
    if (next.data) for (const place of directivePlaces(next)) if (place) setPositionOffsets(place, lineStarts);
    // One at a time: a paragraph can hold more inline nodes than a call takes arguments.
    for (const child of (next as { children?: Node[] }).children ?? []) stack.push(child);
  }
}

/** The places a directive's parse notes besides its own (`directiveAttributePlaces`): its opening, closing and attributes. */
function directivePlaces(node: Node): (Position | undefined)[] {
  const places = (node.data as { position?: { opening?: Position; closing?: Position; attributes?: Record<string, Position> } } | undefined)?.position;
  return places ? [places.opening, places.closing, ...Object.values(places.attributes ?? {})] : [];
}

function setPositionOffsets(position: Position, lineStarts: readonly number[]): void {
  setOffset(position.start, lineStarts);
  setOffset(position.end, lineStarts);
}

function setOffset(point: Point, lineStarts: readonly number[]): void {
  point.offset = lineStarts[point.line - 1]! + point.column - 1;
}
