import { blockNames } from './parse-block.js';
import { onlyDirective } from './only-directive.js';
import { detailsDirective } from './details-directive.js';

/** A line's first characters when it begins with colons and a name (`:::check{…`). */
const blockLike = /^(:{2,})([A-Za-z][\w-]*)/;

/**
 * The colons and name a line of text starts with when they are those of a block the course format
 * has (`:::check{#q1 attempts="2}`): in a paragraph, such a line is a block the parser could not
 * read. Only a block's name counts, so prose that starts with `::before` is left alone.
 */
export function unreadBlockName(line: string): { colons: string; name: string } | undefined {
  const match = blockLike.exec(line);
  const name = match?.[2];
  if (name === undefined || !(blockNames.includes(name) || name === onlyDirective || name === detailsDirective)) return undefined;
  return { colons: match![1]!, name };
}
