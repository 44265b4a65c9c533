import type { Nodes, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';

/** Plain text of Markdown nodes, whitespace folded: used for LMS report descriptions. */
/**
 * The most kept of a question, situation or statement: the report key and an LRS show it whole, and
 * the player shortens it where a standard sets a limit (SCORM 2004's 250 characters), keeping the question.
 */
export const maxQuestionText = 4000;

export function plainText(nodes: readonly RootContent[], max = 250): string {
  const text = nodes.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The words of a node as learners read them in the lesson (markdown-to-html.ts): "Note:this" and
 * "10:30", which Markdown reads as text directives, as written; inline HTML, which the page leaves
 * out, left out; a picture by its description.
 */
function textOf(node: Nodes): string {
  if (node.type === 'html') return '';
  if (node.type === 'textDirective') return directiveAsWritten(node);
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A text directive as the author wrote it (`:urgent`, `:30`, `:note[see HR]`): no lesson has one, so it is text. */
export function directiveAsWritten(node: TextDirective): string {
  const label = node.children.map(textOf).join('');
  return `:${node.name}${label ? `[${label}]` : ''}`;
}
