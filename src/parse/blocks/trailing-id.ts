import type { Paragraph } from 'mdast';

/** `{#id}` closing an option's line. Anything between the braces is taken, so a bad id can be reported. */
const trailingId = /\s*\{#([^{}]*)\}\s*$/;

/** Whether a line of a lesson ends with a `{#…}`, which the line's option (if it is one) takes as its id. */
export function endsWithId(line: string): boolean {
  return trailingId.test(line);
}

/** An option's first line with its trailing `{#id}` taken off, and that id as written. */
export interface TrailingId {
  paragraph: Paragraph;
  /** The id as written (possibly empty or malformed), or undefined when the line has none. */
  id?: string;
}

/**
 * Take a trailing `{#id}` off an option's first line ("- [x] Jokes at one person's expense {#jokes}").
 * remark-directive reads attributes only right after a directive's name, so on a list item the braces
 * arrive as plain text; learners must not see them.
 */
export function takeTrailingId(paragraph: Paragraph): TrailingId {
  const children = paragraph.children;
  const last = children[children.length - 1];
  if (last?.type !== 'text') return { paragraph };
  const match = trailingId.exec(last.value);
  if (!match) return { paragraph };
  const value = last.value.slice(0, match.index);
  const kept = children.slice(0, -1);
  return { paragraph: { ...paragraph, children: value ? [...kept, { ...last, value }] : kept }, id: match[1] ?? '' };
}
