import type { Range } from '../../model/position.js';

/** Most emphasis marks (`*` and `_` that can open or close emphasis) in one paragraph. */
export const maxEmphasisMarks = 500;

/**
 * Blank out emphasis marks beyond the `max`-th of a paragraph before remark sees the text. The
 * parser matches every closing mark against the open ones before it, so 1,000 nested pairs on one
 * line take many seconds; 500 marks (some 125 bold phrases, far more than a paragraph needs) take
 * a fraction of one. Marks become spaces, so every position stays where the author sees it.
 *
 * A paragraph here is the lines between blank lines, list items, headings and table rows; fenced
 * code, escaped marks (`\*`) and `_` inside a word (`snake_case`) are not counted. One pass.
 */
export function capEmphasis(text: string, max = maxEmphasisMarks): { text: string; cut?: Range } {
  const parts: string[] = [];
  let copied = 0;
  let cut: Range | undefined;
  let count = 0;
  let fence = false;
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let i = start;
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
    const c = text[i];
    if ((c === '`' || c === '~') && text.startsWith(c.repeat(3), i)) {
      fence = !fence;
      count = 0;
    } else if (i >= end || text[i] === '\r' || c === '#' || c === '|') count = 0;
    else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      count = 0;
      i += 1;
    } else if (/[0-9]/.test(c ?? '')) {
      let j = i;
      while (j < end && j - i < 9 && /[0-9]/.test(text[j]!)) j++;
      if ((text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) count = 0;
    }
    if (!fence) {
      while (i < end) {
        const mark = text[i];
        if ((mark !== '*' && mark !== '_') || text[i - 1] === '\\') {
          i++;
          continue;
        }
        let runEnd = i;
        while (runEnd < end && text[runEnd] === mark) runEnd++;
        const intraword = mark === '_' && isWordChar(text[i - 1]) && isWordChar(text[runEnd]);
        if (!intraword) {
          count += runEnd - i;
          if (count > max) {
            cut ??= { start: { line, column: i - start + 1 } };
            parts.push(text.slice(copied, i), ' '.repeat(runEnd - i));
            copied = runEnd;
          }
        }
        i = runEnd;
      }
    }
    start = end + 1;
  }
  if (!cut) return { text };
  parts.push(text.slice(copied));
  return { text: parts.join(''), cut };
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
