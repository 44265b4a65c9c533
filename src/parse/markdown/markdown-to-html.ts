import type { Element, Nodes as HastNodes } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Range, SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { nodeLocation } from './node-location.js';
import { sanitizeSchema } from './sanitize-schema.js';

/** What Markdown conversion needs from the lesson being parsed. */
export interface MarkdownContext {
  file: string;
  /** When the Markdown is a part of `file` (a string in scenario YAML): maps its positions into the file. */
  mapRange?: (range: Range) => Range;
  sink: DiagnosticSink;
  /** Course-relative path of a local file referenced from `file`, or undefined (already reported). */
  resolveAsset(url: string, at: SourceLocation): string | undefined;
  /** Lesson id for a link to another lesson file, or undefined when the link is not to a lesson. */
  resolveLessonLink(url: string, at: SourceLocation): string | undefined;
}

const external = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Turn mdast nodes into sanitized HTML: images and lesson links are resolved and checked,
 * raw HTML is dropped with a warning, external links open in a new tab.
 */
export function markdownToHtml(nodes: readonly RootContent[], ctx: MarkdownContext): string {
  const root: Root = { type: 'root', children: structuredClone([...nodes]) };
  visit(root, (node, index, parent) => {
    const local = nodeLocation(node, ctx.file);
    const at = ctx.mapRange && local.range ? { file: ctx.file, range: ctx.mapRange(local.range) } : local;
    if (node.type === 'html') {
      const snippet = node.value.trim();
      if (!/^<!--[\s\S]*-->$/.test(snippet)) {
        ctx.sink.report('html-removed', { at, values: { html: snippet.length > 60 ? `${snippet.slice(0, 57)}...` : snippet } });
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
      const label = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      const text = `:${node.name}${label ? `[${label}]` : ''}`;
      if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'text', value: text });
      return undefined;
    }
    if (node.type === 'image') {
      if (!node.alt?.trim()) ctx.sink.report('image-missing-alt', { at, values: { path: node.url } });
      if (!external.test(node.url)) node.url = ctx.resolveAsset(node.url, at) ?? node.url;
      else if (node.url.startsWith('http:')) ctx.sink.report('link-insecure', { at, values: { href: node.url } });
      if (node.alt?.trim().toLowerCase() === 'decorative') node.alt = '';
      node.data = { ...node.data, hProperties: { loading: 'lazy', decoding: 'async' } };
    }
    if (node.type === 'link') {
      if (/^\s*(javascript|data|vbscript):/i.test(node.url)) {
        ctx.sink.report('link-unsafe', { at, values: { href: node.url.length > 60 ? `${node.url.slice(0, 57)}...` : node.url } });
      } else if (external.test(node.url)) {
        if (node.url.startsWith('http:')) ctx.sink.report('link-insecure', { at, values: { href: node.url } });
        if (/^https?:/.test(node.url)) node.data = { ...node.data, hProperties: { target: '_blank', rel: ['noopener', 'noreferrer'] } };
      } else if (!node.url.startsWith('#')) {
        const [path = ''] = node.url.split(/[?#]/);
        if (path.toLowerCase().endsWith('.md')) {
          const lessonId = ctx.resolveLessonLink(path, at);
          if (lessonId) {
            node.url = `#lesson-${lessonId}`;
            node.data = { ...node.data, hProperties: { dataCwLesson: lessonId } };
          }
        } else {
          node.url = ctx.resolveAsset(node.url, at) ?? node.url;
        }
      }
    }
    return undefined;
  });
  const hast = toHast(root) as HastNodes;
  return toHtml(wrapTables(sanitize(hast, sanitizeSchema))).trim();
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
