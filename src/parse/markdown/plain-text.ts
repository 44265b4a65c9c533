import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Plain text of Markdown nodes, whitespace folded: used for LMS report descriptions. */
export function plainText(nodes: readonly RootContent[], max = 250): string {
  const text = nodes.map((n) => toString(n)).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
