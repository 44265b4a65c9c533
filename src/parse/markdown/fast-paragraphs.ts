import { markdownProcessor } from './markdown-processor.js';
import { isSimpleLine } from './simple-text.js';

/** Lines `first` to `last` of a text (0-based, inclusive). */
export interface LineSpan {
  first: number;
  last: number;
}

/** A block that runs on across blank lines until a line of its own closes it (told by this test). */
type OpenBlock = (line: string) => boolean;

/** Lines a parser could read as the start of a block that runs on across blank lines. */
const opensLongBlock = /^(?:```|~~~|:::|<[!?]|<(?:script|pre|style|textarea)(?![a-z0-9-]))/i;
const frontMatterFence = /^---[ \t]*$/;
const directiveFence = /^ {0,3}(:{3,})[ \t]*$/;
const codeFence = /^(`{3,}|~{3,})(.*)$/;
const rawHtmlEnd = /<\/(?:script|pre|style|textarea)>/i;

// Whether a line of colons and a name opens a container directive depends on the directive's
// label and attribute grammar. The usual forms (`:::check{#q1 graded}`, `:::note[Title]`) match
// this pattern, which accepts nothing the parser would not; for any other, the parser itself
// answers, for that one line (a parse costs as much as a lesson's worth of this scan).
const attribute = String.raw`(?:[#.][\w-]+|[A-Za-z_][\w.:-]*(?:=(?:"[^"]*"|'[^']*'|[\w./:-]+))?)`;
const directiveOpening = new RegExp(String.raw`^:{3,}[A-Za-z][\w-]*(?<![-_])(?:\[[^[\]\\]{0,200}\])?(?:\{[ \t]*(?:${attribute}(?:[ \t]+${attribute})*)?[ \t]*\})?[ \t]*$`);

/**
 * The paragraphs of simple lines (`isSimpleLine`) that are certainly children of the document's
 * root: runs of simple lines between blank lines, outside fenced code, container directives,
 * HTML blocks that run across blank lines and front matter. Lists, block quotes and footnotes
 * cannot hold them (their lines are indented or marked, and a blank line ends laziness). A line
 * this scan cannot place for certain (an indented fence that may belong to a list item, CDATA, a
 * fence inside what may be an HTML block) ends the scan: the paragraphs after it are left to the
 * parser. The caller still checks each paragraph against the parser (`parseWithFastParagraphs`).
 */
export function fastParagraphs(text: string): LineSpan[] {
  // The parser counts a lone carriage return as a line ending and skips a byte order mark.
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return [];
  const lines = text.split('\n');
  const spans: LineSpan[] = [];
  const directives: number[] = []; // fence length of each open container directive, outermost first
  let block: OpenBlock | undefined;
  let html = false; // in what may be an HTML block (kinds 6 and 7), which ends at a blank line
  let runFirst = -1; // first line of the current run of non-blank lines
  let runSimple = false;
  const frontMatterEnd = frontMatterLength(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^[ \t]*$/.test(line)) {
      if (runSimple) spans.push({ first: runFirst, last: i - 1 });
      runFirst = -1;
      runSimple = false;
      html = false;
      continue;
    }
    if (runFirst === -1) {
      runFirst = i;
      runSimple = i >= frontMatterEnd && !block && !directives.length;
    }
    if (runSimple && !isSimpleLine(line)) runSimple = false;
    if (i < frontMatterEnd) continue;
    // A container directive checks for its closing fence before its content sees the line.
    const close = directives.length ? directiveFence.exec(line) : null;
    const closes = close ? directives.findIndex((open) => open <= close[1]!.length) : -1;
    if (closes !== -1) {
      directives.length = closes;
      block = undefined;
      html = false;
    } else if (block) {
      if (block(line)) block = undefined;
    } else {
      const next = lineAtTop(line, html);
      if (next === 'unsure') return spans;
      if (next === 'html') html = true;
      else if (typeof next === 'number') directives.push(next);
      else if (next) block = next;
    }
  }
  if (runSimple) spans.push({ first: runFirst, last: lines.length - 1 });
  return spans;
}

/**
 * What a non-blank line opens at the top level of the document (or of a container directive):
 * a block, a container directive (its fence length), what may be an HTML block, nothing, or
 * 'unsure' when it may open a long block that this scan does not follow.
 */
function lineAtTop(line: string, html: boolean): OpenBlock | number | 'html' | 'unsure' | undefined {
  const indent = /^[ \t]*/.exec(line)![0];
  // Four columns in, a line is code or text at the top level, or inside a list item (which
  // a line at column 1 ends): it opens nothing that could hold a later top-level paragraph.
  if (indent.includes('\t') || indent.length >= 4) return undefined;
  const rest = line.slice(indent.length);
  // Indented by 1–3 columns, a line may belong to a list item or not; inside what may be an
  // HTML block, a line may be its content or not.
  if (indent || html) return opensLongBlock.test(rest) ? 'unsure' : rest.startsWith('<') ? 'html' : undefined;
  const fence = codeFence.exec(line);
  if (fence) {
    const marker = fence[1]!;
    if (marker.startsWith('`') && fence[2]!.includes('`')) return undefined; // inline code, not a fence
    return (next) => {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(next)?.[1];
      return close !== undefined && close[0] === marker[0] && close.length >= marker.length;
    };
  }
  if (line.startsWith('<')) return htmlBlock(line);
  if (/^:{3,}[^:\s]/.test(line) && (directiveOpening.test(line) || markdownProcessor.parse(line).children[0]?.type === 'containerDirective')) return /^:*/.exec(line)![0].length;
  return undefined;
}

/** The HTML block a line starting with `<` opens: kinds 1–4 run to their end marker, others to a blank line. */
function htmlBlock(line: string): OpenBlock | 'html' | 'unsure' | undefined {
  const until = (end: string, from: number): OpenBlock | undefined => (line.includes(end, from) ? undefined : (next) => next.includes(end));
  if (line.startsWith('<!--')) return until('-->', 2); // `<!-->` is a whole comment
  if (line.startsWith('<?')) return until('?>', 1);
  if (/^<![a-z]/i.test(line)) return until('>', 3);
  if (line.startsWith('<!')) return 'unsure'; // CDATA, whose end the parser reads its own way
  const raw = /^<(?:script|pre|style|textarea)(?=[ \t>]|$)/i.exec(line);
  if (raw) return rawHtmlEnd.test(line.slice(raw[0].length)) ? undefined : (next) => rawHtmlEnd.test(next);
  return 'html';
}

/** Lines of front matter at the start of the text (a `---` line up to the next), or 0. */
function frontMatterLength(lines: readonly string[]): number {
  if (!frontMatterFence.test(lines[0] ?? '')) return 0;
  const close = lines.findIndex((line, i) => i > 0 && frontMatterFence.test(line));
  return close === -1 ? 0 : close + 1;
}
