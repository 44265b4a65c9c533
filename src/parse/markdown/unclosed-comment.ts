import type { RootContent } from 'mdast';

/**
 * How many lines after its first an HTML comment that is never closed (`<!--` with no `-->`)
 * hides: it runs to the end of the lesson, or of the block it is in. 0 for any other node.
 */
export function unclosedCommentLines(node: RootContent): number {
  if (node.type !== 'html') return 0;
  const snippet = node.value.trim();
  return snippet.startsWith('<!--') && !snippet.includes('-->') ? snippet.split('\n').length - 1 : 0;
}

/** Whether `nodes` hold a comment never closed, which hides the rest of their block (see `unclosedCommentLines`). */
export function hidesRest(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => unclosedCommentLines(node) > 0);
}
