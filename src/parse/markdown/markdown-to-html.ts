import type { Element, Nodes as HastNodes } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Link, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Range, SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { PictureSize } from '../assets/check-media.js';
import { checkImageAddress, checkLinkAddress, checkUnreadFootnote, checkUnreadLink } from './check-address.js';
import { checkUnreadTable } from './check-unread-table.js';
import { unclosedCommentLines } from './unclosed-comment.js';
import { checkImageAlt } from './image-alt.js';
import { inlineReferences, type Definitions } from './inline-references.js';
import { nodeLocation } from './node-location.js';
import { directiveAsWritten } from './plain-text.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { tickableTaskLists } from './tickable-task-lists.js';
import { isSimpleLine } from './simple-text.js';

/** What Markdown conversion needs from the lesson being parsed. */
export interface MarkdownContext {
  file: string;
  /** When the Markdown is a part of `file` (a string in scenario YAML): maps its positions into the file. */
  mapRange?: (range: Range) => Range;
  sink: DiagnosticSink;
  /** Course-relative path of a local file referenced from `file`, or undefined (already reported). */
  resolveAsset(url: string, at: SourceLocation): string | undefined;
  /** A picture's size in pixels (`path` as resolved), for its `<img>`: the page then keeps its place as it loads. */
  imageSize?(path: string): PictureSize | undefined;
  /** Lesson id for a link to another lesson file, or undefined when the link is not to a lesson (reported). */
  resolveLessonLink(url: string, at: SourceLocation): string | undefined;
  /** Whether a link to `url` would lead to a lesson, asking only (nothing is reported). */
  isLessonLink(url: string): boolean;
  /** The text of `file` between two offsets of the parsed Markdown, as written; absent where the Markdown is not `file`'s own text (a string in YAML). */
  written?(start: number, end: number): string | undefined;
  /** Whether anything in the whole file refers to a footnote (its identifier); absent: only this text is known. */
  footnoteReferenced?(identifier: string): boolean;
  /** `[label]: url` definitions of the whole file, for references in a part of it. */
  definitions?: Definitions;
  /** Words the HTML gives screen readers, in the course's language (English when absent). */
  labels?: MarkdownLabels;
}

/**
 * What converted Markdown says to screen readers, in the lesson's language (player strings
 * `support.newTab`, `lesson.footnotes`, `lesson.footnoteBack`): after each web link, that it opens
 * in a new tab; the footnotes' heading; each footnote's link back to where it is referenced.
 */
export interface MarkdownLabels {
  newTab: string;
  footnotes: string;
  /** With `{number}`: the reference's number, e.g. "2", or "2-3" for its third use. */
  footnoteBack: string;
}

/** The labels of a course's language, from its player strings (`courseStrings`). */
export function markdownLabels(strings: Readonly<Record<string, string | undefined>>): MarkdownLabels {
  return { newTab: strings['support.newTab'] ?? '', footnotes: strings['lesson.footnotes'] ?? '', footnoteBack: strings['lesson.footnoteBack'] ?? '' };
}

/** How a conversion treats what only some text may hold. */
export interface HtmlOptions {
  /**
   * Task lists are checklists the learner ticks (`tickableTaskLists`): in the lesson's own text,
   * whose boxes the player keeps; elsewhere (a block's text) they stay boxes that do nothing.
   */
  checklists?: boolean;
}

/**
 * Turn mdast nodes into sanitized HTML: every link and image address, inline or by reference,
 * is checked and resolved; raw HTML is dropped with a warning; external links open in a new tab.
 */
export function markdownToHtml(nodes: readonly RootContent[], ctx: MarkdownContext, options: HtmlOptions = {}): string {
  const simple = simpleParagraphHtml(nodes);
  if (simple === undefined) return convertMarkdown(nodes, ctx, options);
  idPrefix(ctx); // counted as every conversion is, so footnote ids do not depend on the short way
  return simple;
}

/**
 * The HTML of one paragraph of simple lines (`isSimpleLine`: words and everyday punctuation, no
 * character HTML escapes in text), as the conversion below gives it, without it: most scenario
 * steps, choices and feedback are such paragraphs, and a conversion walks the tree five times.
 * Undefined for anything else. The test compares the two for every such text it generates.
 */
export function simpleParagraphHtml(nodes: readonly RootContent[]): string | undefined {
  const [paragraph] = nodes;
  if (nodes.length !== 1 || paragraph?.type !== 'paragraph' || paragraph.children.length !== 1) return undefined;
  const [text] = paragraph.children;
  if (text?.type !== 'text' || !text.value.split('\n').every(isSimpleLine)) return undefined;
  return oneBytePerCharacter(`<p>${text.value}</p>`);
}

/** The whole conversion (see `markdownToHtml`). */
export function convertMarkdown(nodes: readonly RootContent[], ctx: MarkdownContext, options: HtmlOptions = {}): string {
  const root: Root = { type: 'root', children: structuredClone([...nodes]) };
  inlineReferences(root, ctx.definitions ?? new Map());
  // remark-gfm makes links of bare addresses ("see http://x") without positions: such a node is
  // reported at its nearest ancestor that has one, so every diagnostic has a line and column.
  const located = new WeakMap<object, SourceLocation>();
  const referenced = new Map<string, { label: string; at: SourceLocation }>();
  const defined = new Map<string, { label: string; at: SourceLocation }>();
  const locate = (range: Range): SourceLocation => ({ file: ctx.file, range: ctx.mapRange ? ctx.mapRange(range) : range });
  visit(root, (node, index, parent) => {
    const local = (!node.position && parent && located.get(parent)) || nodeLocation(node, ctx.file);
    located.set(node, local);
    const at = local.range ? locate(local.range) : local;
    if (node.type === 'html') {
      const snippet = node.value.trim();
      const hidden = unclosedCommentLines(node);
      if (hidden) {
        // Never closed, a comment runs to the end of the lesson (or of the block it is in), all of it hidden.
        ctx.sink.report('html-comment-unclosed', { at, values: { lines: hidden === 1 ? 'line' : `${hidden} lines` } });
      } else if (!/^<!--[\s\S]*-->$/.test(snippet)) {
        // An open-and-close section has a block of its own.
        const html = snippet.length > 60 ? `${snippet.slice(0, 57)}...` : snippet;
        ctx.sink.report('html-removed', { at, values: /^<(?:details|summary)\b/i.test(snippet) ? { html, instead: ':::details[What it holds] … :::' } : { html } });
      }
      if (parent && index !== undefined) parent.children.splice(index, 1);
      return index;
    }
    if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      // Blocks are read only at the top level of a lesson; nested, a check would show its answers
      // as plain ticked boxes and nothing would be tracked.
      ctx.sink.report('block-nested', { at, values: { name: node.name } });
      if (parent && index !== undefined) parent.children.splice(index, 1);
      return index;
    }
    if (node.type === 'textDirective') {
      // "Note:this" parses as a text directive; authors meant plain text.
      if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'text', value: directiveAsWritten(node) });
      return undefined;
    }
    if (node.type === 'image') {
      if (!node.alt?.trim()) ctx.sink.report('image-missing-alt', { at, values: { path: node.url } });
      else checkImageAlt(node.alt, at, ctx.sink);
      const path = checkImageAddress(node, at, ctx);
      if (node.alt?.trim().toLowerCase() === 'decorative') node.alt = '';
      // Its size, so the lesson does not jump as a lazy picture arrives (the stylesheet scales it to the column).
      const size = path === undefined ? undefined : ctx.imageSize?.(path);
      node.data = { ...node.data, hProperties: { loading: 'lazy', decoding: 'async', ...(size ? { width: size.width, height: size.height } : {}) } };
    }
    if (node.type === 'link') {
      checkLinkText(node, at, ctx);
      checkLinkAddress(node, at, ctx);
      // A web link opens in a new tab: said to screen readers, as the support links say it (WCAG G201).
      const said = node.children.at(-1)?.data?.hName === 'span';
      if (node.data?.hProperties?.target === '_blank' && ctx.labels?.newTab && !said) node.children.push({ type: 'text', value: '', data: { hName: 'span', hProperties: { className: ['cw-visually-hidden'] }, hChildren: [{ type: 'text', value: ` ${ctx.labels.newTab}` }] } });
    }
    if (node.type === 'paragraph') checkUnreadTable(node, local, locate, ctx);
    if (node.type === 'text') {
      checkUnreadLink(node, local, locate, ctx);
      checkUnreadFootnote(node, local, locate, ctx);
    }
    if (node.type === 'footnoteReference' && !referenced.has(node.identifier)) referenced.set(node.identifier, { label: node.label ?? node.identifier, at });
    if (node.type === 'footnoteDefinition') {
      if (defined.has(node.identifier)) ctx.sink.report('footnote-duplicate', { at, values: { label: node.label ?? node.identifier } });
      else defined.set(node.identifier, { label: node.label ?? node.identifier, at });
    }
    return undefined;
  });
  // Only the footnotes something in this text refers to are shown (a part of a lesson is converted
  // on its own, between blocks): the others never reach learners. One referred to from another
  // part is reported there, once (`footnote-elsewhere`).
  for (const [identifier, { label, at }] of defined) {
    if (!referenced.has(identifier) && !ctx.footnoteReferenced?.(identifier)) ctx.sink.report('footnote-unused', { at, values: { label } });
  }
  for (const [identifier, { label, at }] of referenced) if (!defined.has(identifier)) ctx.sink.report('footnote-elsewhere', { at, values: { label } });
  const prefix = idPrefix(ctx);
  const labels = ctx.labels;
  const hast = footnoteLabelIds(
    toHast(root, {
      clobberPrefix: prefix,
      ...(labels?.footnotes ? { footnoteLabel: labels.footnotes } : {}),
      ...(labels?.footnoteBack ? { footnoteBackLabel: (reference: number, reuse: number) => labels.footnoteBack.replace('{number}', `${reference + 1}${reuse > 1 ? `-${reuse}` : ''}`) } : {}),
    }) as HastNodes,
    prefix,
  );
  return oneBytePerCharacter(toHtml(wrapTables(sanitize(options.checklists ? tickableTaskLists(hast) : hast, sanitizeSchema))).trim());
}

/**
 * Words that say nothing of where a link leads, in the languages the player speaks: screen reader
 * users often list a page's links and hear each one's words alone (WCAG 2.4.4, link purpose).
 */
const unclearLinkWords = new Set([
  'click here', 'click', 'here', 'this', 'this link', 'link', 'more', 'read more', 'learn more', 'more info', 'more information', 'details', 'go',
  'aquí', 'haz clic aquí', 'pulsa aquí', 'clic aquí', 'este enlace', 'enlace', 'más', 'leer más', 'más información', 'ver más',
]);

/** Report (`link-text-unclear`) a link whose words alone do not say where it leads ("click here"). */
function checkLinkText(node: Link, at: SourceLocation, ctx: MarkdownContext): void {
  // A picture's description is the words of a link around it (`[![The policy](cover.png)](…)`).
  const words = toString(node).replace(/\s+/g, ' ').trim();
  if (!words || unclearLinkWords.has(words.toLowerCase().replace(/[.:!\u2026]+$/, ''))) ctx.sink.report('link-text-unclear', { at, values: { text: words } });
}

const latin1Only = /^[\0-\xff]*$/;

/**
 * `text` held one byte per character when every character fits in one (Latin-1), as plain
 * English HTML does. V8 keeps a joined string two bytes per character as soon as one of its
 * pieces is, and the sanitizer's tag names are such pieces whatever their characters (it looks
 * them up as property names, which leaves them "thin" strings): every lesson's HTML, held until
 * its package is written, took twice the memory it needs.
 */
function oneBytePerCharacter(text: string): string {
  return latin1Only.test(text) ? Buffer.from(text, 'latin1').toString('latin1') : text;
}

// Every lesson is in the one page (index.html), and a lesson's text is converted in parts, so
// footnote ids (`fn-1`, `fnref-1`, `footnote-label`) get a prefix per file and per part; counted per
// compile (per sink), so the same course always gets the same ids.
const conversions = new WeakMap<DiagnosticSink, Map<string, number>>();

function idPrefix(ctx: MarkdownContext): string {
  let files = conversions.get(ctx.sink);
  if (!files) conversions.set(ctx.sink, (files = new Map()));
  const count = (files.get(ctx.file) ?? 0) + 1;
  files.set(ctx.file, count);
  const stem = ctx.file.replace(/\.[^./]*$/, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  return `${stem}-${count}-`;
}

/** mdast-util-to-hast leaves the footnote heading's id, which every reference names, unprefixed. */
function footnoteLabelIds(tree: HastNodes, prefix: string): HastNodes {
  visit(tree, 'element', (node: Element) => {
    const described = node.properties.ariaDescribedBy;
    if (Array.isArray(described)) node.properties.ariaDescribedBy = described.map((id) => (id === 'footnote-label' ? `${prefix}${id}` : id));
    if (node.properties.id === 'footnote-label') node.properties.id = `${prefix}footnote-label`;
  });
  return tree;
}

/**
 * A wide table scrolls sideways on a phone; keyboard users can only scroll a region they can
 * focus (WCAG 2.1.1), so each table sits in a focusable, labelled scroll region.
 */
function wrapTables(tree: HastNodes): HastNodes {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    const cells: Element[] = [];
    visit(node, 'element', (cell: Element) => {
      if (cell.tagName === 'th') cells.push(cell);
    });
    const header = cells.map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()).filter(Boolean).join(', ');
    const label = header.length > 80 ? `${header.slice(0, 77)}...` : header;
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['cw-table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label || 'Table' },
      children: [node],
    };
    return SKIP;
  });
  return tree;
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c)).join(' ') : '';
}
