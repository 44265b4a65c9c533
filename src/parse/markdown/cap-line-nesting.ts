import type { Range } from '../../model/position.js';

/**
 * Blank out container markers (`>`, `-`, `*`, `+`, `1.`) beyond the `max`-th at the start of a
 * line, before remark sees the text. 10,000 `>` on one line makes a tree 10,000 deep, which the
 * parser's own plugins walk recursively until the stack overflows, and takes seconds to parse
 * before that; capping first keeps both bounded. Markers become spaces, so every position in the
 * file stays where the author sees it. One pass over the text.
 */
export function capLineNesting(text: string, max: number): { text: string; cut?: Range } {
  const parts: string[] = [];
  let copied = 0;
  let cut: Range | undefined;
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let depth = 0;
    let i = start;
    while (i < end) {
      const c = text[i];
      if (c === ' ' || c === '\t') {
        i++;
        continue;
      }
      const width = markerWidth(text, i, end);
      if (!width) break;
      depth++;
      if (depth > max) {
        cut ??= { start: { line, column: i - start + 1 } };
        parts.push(text.slice(copied, i), ' '.repeat(width));
        copied = i + width;
      }
      i += width;
    }
    start = end + 1;
  }
  if (!cut) return { text };
  parts.push(text.slice(copied));
  return { text: parts.join(''), cut };
}

/** Length of the container marker at `i` (`>`, or a list bullet or number and its space), or 0. */
function markerWidth(text: string, i: number, end: number): number {
  const c = text[i];
  if (c === '>') return 1;
  const spaced = (at: number): boolean => at < end && (text[at] === ' ' || text[at] === '\t');
  if ((c === '-' || c === '*' || c === '+') && spaced(i + 1)) return 1;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > i && (text[j] === '.' || text[j] === ')') && spaced(j + 1)) return j + 1 - i;
  return 0;
}
