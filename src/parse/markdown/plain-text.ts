import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Plain text of Markdown nodes, whitespace folded: used for LMS report descriptions. */
/**
 * The most kept of a question, situation or statement: the report key and an LRS show it whole, and
 * the player shortens it where a standard sets a limit (SCORM 2004's 250 characters), keeping the question.
 */
export const maxQuestionText = 4000;

export function plainText(nodes: readonly RootContent[], max = 250): string {
  const text = nodes.map((n) => toString(n)).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
