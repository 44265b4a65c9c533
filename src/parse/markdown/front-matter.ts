import { Buffer } from 'node:buffer';
import type { Yaml } from 'mdast';

/** A `---` fence of YAML front matter: three dashes, then only spaces or tabs. */
const fence = /^---[ \t]*$/;

/**
 * The YAML front matter node the Markdown parser gives as the first child of `text`'s tree, found
 * without parsing the text: `null` when the text has none, `undefined` when only the parser can
 * tell (a carriage return, a byte order mark or a NUL, which the parser reads its own way). The
 * rule is remark-frontmatter's: a `---` fence on the first line and the next, nothing else on
 * either but spaces or tabs; the value is the lines between. Lesson heads are read this way, so
 * the first pass of a build neither parses a lesson nor holds its text: the value is a copy, where
 * a slice would keep the whole text alive as long as any string read from it (a lesson's title).
 */
export function scanFrontMatter(text: string): Yaml | null | undefined {
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r') || text.includes('\0')) return undefined;
  const firstEnd = lineEnd(text, 0);
  if (!fence.test(text.slice(0, firstEnd)) || firstEnd === text.length) return null;
  for (let start = firstEnd + 1, line = 2; start <= text.length; line++) {
    const end = lineEnd(text, start);
    if (fence.test(text.slice(start, end))) {
      return {
        type: 'yaml',
        value: Buffer.from(text.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1))).toString(),
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: end - start + 1, offset: end } },
      };
    }
    start = end + 1;
  }
  return null;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
