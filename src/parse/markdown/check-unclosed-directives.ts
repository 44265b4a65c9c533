import type { ContainerDirective } from 'mdast-util-directive';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { unreadBlockName } from '../blocks/unread-block-name.js';

/** A line of colons only: the closing fence of a container block. */
const closingFence = /(?:^|\n)[ \t]*(:{3,})[ \t]*\n?$/;

/** One line that is only colons: its indent and its colons. */
const fenceLine = /^([ \t]*)(:{3,})[ \t]*\r?$/;

/**
 * Find container blocks (`:::check` …) that were never closed, report each at its opening fence,
 * and repair the tree so the rest of the lesson is read as the author meant.
 *
 * remark-directive lets an unclosed block run to the end of the file, silently: a whole lesson
 * ends up inside a content note. When the next block follows, its own `:::` closes the unclosed
 * one and it becomes a nested block, which `block-nested` would blame, with the wrong advice. A
 * nested block with as many colons as its parent can only be that mistake (real nesting needs
 * more colons outside), so it and what follows are moved back out to the top level.
 *
 * A line of colons that closes nothing is reported as stray, unless it closes a block the parser
 * could not read (`:::check{#q1 attempts="2}`, left as text and reported as `directive-unreadable`):
 * that is the block's own closing line, and a warning about it would only follow from the error.
 */
export function checkUnclosedDirectives(tree: Root, text: string, file: string, sink: DiagnosticSink): Root {
  // A block moved out took over its parent's closing fence, so it is closed.
  const closedByParent = new Set<RootContent>();
  const unreadClosings = unreadClosingLines(tree, text);
  for (let index = 0; index < tree.children.length; index += 1) {
    const node = tree.children[index];
    if (node?.type === 'paragraph') reportStrayFence(node, text, file, sink, unreadClosings);
    if (node?.type !== 'containerDirective' || !node.position) continue;
    const fence = fenceLength(text, node);
    const inner = node.children.findIndex((c) => c.type === 'containerDirective' && fenceLength(text, c) >= fence);
    const next = node.children[inner];
    if (next?.type === 'containerDirective') {
      const moved = node.children.splice(inner) as RootContent[];
      closedByParent.add(next);
      tree.children.splice(index + 1, 0, ...moved);
      report(node, text, file, sink, { next: next.name, line: next.position?.start.line ?? node.position.start.line });
    } else if (!closedByParent.has(node) && !endsWithFence(text, node, fence)) {
      // Closed with too few colons (`::::interview` … `:::`)? What follows that line was meant to be
      // outside: moved back out when the line is a paragraph of its own.
      const short = shortFence(text, node, fence);
      if (short?.child !== undefined) tree.children.splice(index + 1, 0, ...cutAtShortFence(node, short.child));
      report(node, text, file, sink, short ? { short: short.colons, line: short.line } : {});
    }
  }
  return tree;
}

function fenceLength(text: string, node: RootContent): number {
  return /^:*/.exec(text.slice(node.position?.start.offset ?? 0))?.[0].length ?? 3;
}

function endsWithFence(text: string, node: ContainerDirective, fence: number): boolean {
  const own = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const match = closingFence.exec(own.slice(own.indexOf('\n') + 1));
  return own.includes('\n') && match !== null && (match[1]?.length ?? 0) >= fence;
}

/**
 * The first line of `node`'s own text that is only colons, fewer than its `fence` (so it closes
 * nothing), outside the blocks and code inside it; with the index of the child it is, when it is a
 * paragraph of its own.
 */
function shortFence(text: string, node: ContainerDirective, fence: number): { colons: string; line: number; child?: number } | undefined {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? text.length;
  const inside = node.children.filter((c) => c.type === 'containerDirective' || c.type === 'code' || c.type === 'html').map((c) => [c.position?.start.offset ?? 0, c.position?.end.offset ?? 0] as const);
  let line = node.position?.start.line ?? 1;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    line += 1;
    const from = at + 1;
    const lineEnd = text.indexOf('\n', from);
    const colons = fenceLine.exec(text.slice(from, lineEnd === -1 ? undefined : lineEnd))?.[2];
    if (!colons || colons.length >= fence || inside.some(([a, b]) => from >= a && from < b)) continue;
    const child = node.children.findIndex((c) => c.type === 'paragraph' && c.position?.end.line === line);
    return { colons, line, ...(child === -1 ? {} : { child }) };
  }
  return undefined;
}

/**
 * Take the short fence, the last line of `node`'s paragraph `child` (alone, or the end of the
 * paragraph above it when no blank line came between), out of `node`, and what follows it; the
 * blocks that follow are returned, to go after `node`.
 */
function cutAtShortFence(node: ContainerDirective, child: number): RootContent[] {
  const after = node.children.splice(child + 1) as RootContent[];
  const paragraph = node.children[child];
  const last = paragraph?.type === 'paragraph' ? paragraph.children.at(-1) : undefined;
  const kept = last?.type === 'text' ? last.value.replace(/\n[ \t]*:{3,}[ \t]*$/, '') : undefined;
  if (last?.type === 'text' && kept !== undefined && kept !== last.value) last.value = kept;
  else node.children.splice(child, 1);
  return after;
}

/**
 * A paragraph that ends in a line of colons only: a closing fence with no block open, which learners
 * would read; unless it is one of `unreadClosings`.
 */
function reportStrayFence(node: Paragraph, text: string, file: string, sink: DiagnosticSink, unreadClosings: ReadonlySet<number>): void {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return;
  const own = text.slice(start.offset, end.offset);
  const last = own.slice(own.lastIndexOf('\n') + 1);
  const match = fenceLine.exec(last);
  if (!match || unreadClosings.has(end.line)) return;
  const column = (end.line === start.line ? start.column : 1) + match[1]!.length;
  sink.report('directive-stray-fence', { at: { file, range: { start: { line: end.line, column }, end: { line: end.line, column: column + match[2]!.length } } }, values: { fence: match[2]! } });
}

/** A line that opens a block (or starts like one): its colons. */
const openingLine = /^[ \t]*(:{3,})[A-Za-z]/;

/**
 * The lines that close the container blocks the parser could not read (top-level paragraphs that
 * start like one, `:::check{#q1 attempts="2}`): for each, the first line after it of colons only,
 * at least as many as it opened with, wherever that line stands (the end of its paragraph or of a
 * list item, a paragraph of its own); none when a block opens first with as many colons (the line
 * is that block's). Found for all at once, in one pass over the lines.
 */
function unreadClosingLines(tree: Root, text: string): Set<number> {
  const closings = new Set<number>();
  const openings = new Set<number>();
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || node.position?.start.offset === undefined) continue;
    const lineEnd = text.indexOf('\n', node.position.start.offset);
    const opening = unreadBlockName(text.slice(node.position.start.offset, lineEnd === -1 ? undefined : lineEnd));
    // Leaf blocks (`::scenario{…`) have no closing line.
    if (opening && opening.colons.length >= 3) openings.add(node.position.start.line);
  }
  if (!openings.size) return closings;
  // Every line of colons and every line that opens a block, in order.
  const lines: { line: number; colons: number; fence: boolean }[] = [];
  text.split('\n').forEach((own, index) => {
    const colons = fenceLine.exec(own)?.[2];
    const opens = colons === undefined ? openingLine.exec(own)?.[1] : undefined;
    if (colons !== undefined || opens !== undefined) lines.push({ line: index + 1, colons: (colons ?? opens ?? '').length, fence: colons !== undefined });
  });
  // From the end, a stack of the lines below with no line of as many colons or more between: the
  // top is a line's next with as many colons or more.
  const below: typeof lines = [];
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const here = lines[index]!;
    while (below.length && below.at(-1)!.colons < here.colons) below.pop();
    const next = below.at(-1);
    if (!here.fence && next?.fence && openings.has(here.line)) closings.add(next.line);
    below.push(here);
  }
  return closings;
}

function report(node: ContainerDirective, text: string, file: string, sink: DiagnosticSink, values: { next?: string; line?: number; short?: string }): void {
  const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const opening = text.slice(start.offset ?? 0).split('\n')[0] ?? '';
  sink.report('directive-unclosed', {
    at: { file, range: { start: { line: start.line, column: start.column }, end: { line: start.line, column: start.column + opening.trimEnd().length } } },
    values: { name: node.name, fence: ':'.repeat(fenceLength(text, node)), ...values, ...(values.next !== undefined && holdsBlock(node.name, values.next) ? { nests: 'yes' } : {}) },
  });
}

/** Whether a block may hold the other inside it: an `:::only` passage any block, an interview its transcript and chapters. */
function holdsBlock(outer: string, inner: string): boolean {
  return outer === 'only' || (outer === 'interview' && (inner === 'transcript' || inner === 'chapters'));
}
