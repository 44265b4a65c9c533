import type { ContainerDirective } from 'mdast-util-directive';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { DiagnosticSink } from '../../diagnostics/context.js';

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
 */
export function checkUnclosedDirectives(tree: Root, text: string, file: string, sink: DiagnosticSink): Root {
  // A block moved out took over its parent's closing fence, so it is closed.
  const closedByParent = new Set<RootContent>();
  for (let index = 0; index < tree.children.length; index += 1) {
    const node = tree.children[index];
    if (node?.type === 'paragraph') reportStrayFence(node, text, file, sink);
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

/** A paragraph that ends in a line of colons only: a closing fence with no block open, which learners would read. */
function reportStrayFence(node: Paragraph, text: string, file: string, sink: DiagnosticSink): void {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return;
  const own = text.slice(start.offset, end.offset);
  const last = own.slice(own.lastIndexOf('\n') + 1);
  const match = fenceLine.exec(last);
  if (!match) return;
  const column = (end.line === start.line ? start.column : 1) + match[1]!.length;
  sink.report('directive-stray-fence', { at: { file, range: { start: { line: end.line, column }, end: { line: end.line, column: column + match[2]!.length } } }, values: { fence: match[2]! } });
}

function report(node: ContainerDirective, text: string, file: string, sink: DiagnosticSink, values: { next?: string; line?: number; short?: string }): void {
  const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const opening = text.slice(start.offset ?? 0).split('\n')[0] ?? '';
  sink.report('directive-unclosed', {
    at: { file, range: { start: { line: start.line, column: start.column }, end: { line: start.line, column: start.column + opening.trimEnd().length } } },
    values: { name: node.name, fence: ':'.repeat(fenceLength(text, node)), ...values },
  });
}
