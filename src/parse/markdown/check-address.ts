import { posix } from 'node:path';
import type { Image, Link, Node, Text } from 'mdast';
import type { Position, Range, SourceLocation } from '../../model/position.js';
import { hasCredentials } from '../url-credentials.js';
import { classifyUrl, type ClassifiedUrl } from './classify-url.js';
import type { MarkdownContext } from './markdown-to-html.js';

const short = (url: string): string => (url.length > 60 ? `${url.slice(0, 57)}...` : url);

/**
 * Check an image's address and point it at the packaged file. Images load from the course or
 * from https: (http: with a warning); every other address is reported, never dropped silently.
 * Returns the course path of a picture of the course, when it is one.
 */
export function checkImageAddress(node: Image, at: SourceLocation, ctx: MarkdownContext): string | undefined {
  const address = classifyUrl(node.url);
  if (address.kind === 'path') {
    const path = ctx.resolveAsset(asWritten(node, ctx), at);
    node.url = path ?? node.url;
    return path;
  } else if (address.kind === 'https' || address.kind === 'http') {
    if (webAddressRefused(address, 'image', at, ctx)) return;
    node.url = address.url;
  } else {
    reportRefused(address, 'image', at, ctx);
  }
}

/**
 * Check a link's address: web and mail addresses are kept (web links open in a new tab), a link
 * to a lesson file becomes an in-page link, a path must be a file in the course.
 */
export function checkLinkAddress(node: Link, at: SourceLocation, ctx: MarkdownContext): void {
  const address = classifyUrl(node.url);
  switch (address.kind) {
    case 'fragment':
      return;
    case 'https':
    case 'http':
      if (webAddressRefused(address, 'link', at, ctx)) return;
      node.url = address.url;
      node.data = { ...node.data, hProperties: { target: '_blank', rel: ['noopener', 'noreferrer'] } };
      return;
    case 'mailto':
    case 'tel':
      node.url = address.url;
      return;
    case 'path':
      return linkToPath(node, at, ctx);
    default:
      return reportRefused(address, 'link', at, ctx);
  }
}

function linkToPath(node: Link, at: SourceLocation, ctx: MarkdownContext): void {
  const [path = ''] = node.url.split(/[?#]/);
  if (!path.toLowerCase().endsWith('.md')) {
    // `[the policy](policy)`: a lesson named without its .md is a broken link, said as one.
    if (path && !posix.extname(path) && ctx.isLessonLink(`${path}.md`)) return void ctx.sink.report('link-broken', { at, values: { href: node.url, suggestion: `${path}.md` } });
    node.url = ctx.resolveAsset(asWritten(node, ctx), at) ?? node.url;
    return;
  }
  const lessonId = ctx.resolveLessonLink(path, at);
  // The player opens a lesson at its start: a place in it (`b.md#top`) is not kept.
  const place = node.url.slice(node.url.indexOf('#') + 1 || node.url.length);
  if (lessonId && place) ctx.sink.report('link-lesson-part', { at, values: { href: node.url, lesson: path, part: `#${place}` } });
  if (lessonId) {
    node.url = `#lesson-${lessonId}`;
    node.data = { ...node.data, hProperties: { dataCwLesson: lessonId } };
  }
}

/**
 * The address of a path written with Windows separators as the author wrote it: Markdown reads a
 * backslash before punctuation as an escape (`..\..\x.png` becomes `....\x.png`), and a message
 * quoting that, or turning it round into `..../x.png`, would name a path no one wrote. Such a
 * path leads to no file either way (see `courseRelativePath`); any other address is `node.url`.
 */
function asWritten(node: Image | Link, ctx: MarkdownContext): string {
  const { url } = node;
  const [path = ''] = url.split(/[?#]/);
  const text = path.includes('\\') ? writtenText(node, ctx) : undefined;
  if (text === undefined) return url;
  // The destination follows the "](" that ends the label (a label may hold one too).
  for (let open = text.indexOf(']('); open !== -1; open = text.indexOf('](', open + 1)) {
    const written = readsAs(text, open + 2, url);
    if (written !== undefined) return written;
  }
  return url;
}

/** ASCII punctuation, which a backslash before it escapes (CommonMark 2.4). */
const escapable = /^[!-/:-@[-`{-~]$/;

/** The text from `from` (after an optional `<`) that Markdown reads as `url`, escapes undone; undefined when none does. */
function readsAs(text: string, from: number, url: string): string | undefined {
  const begin = text[from] === '<' ? from + 1 : from;
  let read = '';
  for (let at = begin; url.startsWith(read); ) {
    if (read === url) return text.slice(begin, at);
    if (at >= text.length) return undefined;
    const escaped = text[at] === '\\' && escapable.test(text[at + 1] ?? '');
    read += escaped ? text[at + 1] : text[at];
    at += escaped ? 2 : 1;
  }
  return undefined;
}

/**
 * Reports what is wrong with a web address: a user name or password in it (an error: every
 * package would carry it), or plain http: (a warning). True when it is refused.
 */
function webAddressRefused(address: ClassifiedUrl, what: 'image' | 'link', at: SourceLocation, ctx: MarkdownContext): boolean {
  if (hasCredentials(address.url)) {
    ctx.sink.report('url-credentials', { at, values: { what, href: short(address.url) } });
    return true;
  }
  if (address.kind === 'http') ctx.sink.report('link-insecure', { at, values: { href: address.url } });
  return false;
}

function reportRefused(address: ClassifiedUrl, what: 'image' | 'link', at: SourceLocation, ctx: MarkdownContext): void {
  if (address.kind === 'unsafe') {
    ctx.sink.report('link-unsafe', { at, values: { href: short(address.url) } });
  } else {
    ctx.sink.report('url-unsupported-scheme', { at, values: { href: short(address.url), scheme: address.scheme ?? '', what } });
  }
}

/**
 * `![alt](a file.png)` or `[label](a lesson.md)`: the parser takes no address with a space, so it
 * left them as text, which learners would see as written. Asked of text the parser made, where
 * such brackets can only be a link or image it did not read.
 */
const unreadLink = /(!?)\[[^\]\n]*\]\(([^()\s]*[ \t][^()\n]*?)\)/;

/** A link or image in `node`'s text that has a space in its address (see `unreadLink`), reported at its place. */
export function checkUnreadLink(node: Text, local: SourceLocation, locate: (range: Range) => SourceLocation, ctx: MarkdownContext): void {
  const match = unreadLink.exec(node.value);
  if (!match) return;
  const address = match[2]!.trim();
  const start = local.range && pointAfter(local.range.start, node.value.slice(0, match.index));
  const at = start ? locate({ start, end: pointAfter(start, match[0]) }) : local;
  const suggestion = address.replace(/\s+/g, '-');
  ctx.sink.report('link-address-space', { at, values: { kind: match[1] ? 'image' : 'link', address: short(address), suggestion: short(suggestion) } });
}

/**
 * `[^2]` left as text: Markdown reads a footnote reference only where the footnote is defined
 * (`[^2]: …`), so learners would see the brackets as written.
 */
export function checkUnreadFootnote(node: Text, local: SourceLocation, locate: (range: Range) => SourceLocation, ctx: MarkdownContext): void {
  if (!node.value.includes('[^')) return;
  // What the author wrote: `\[^x]`, escaped, is meant as text.
  const written = writtenText(node, ctx);
  for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
    if (written !== undefined && !writtenUnescaped(written, match[0])) continue;
    const start = local.range && pointAfter(local.range.start, node.value.slice(0, match.index));
    const at = start ? locate({ start, end: pointAfter(start, match[0]) }) : local;
    ctx.sink.report('footnote-undefined', { at, values: { label: match[1]! } });
  }
}

/** The source text of `node` as the author wrote it (escapes, markup), when the context can tell. */
export function writtenText(node: Node, ctx: MarkdownContext): string | undefined {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? ctx.written?.(start.offset, end.offset) : undefined;
}

/** Whether `written` has `text` with no backslash before it (which makes its bracket plain text). */
function writtenUnescaped(written: string, text: string): boolean {
  for (let at = written.indexOf(text); at >= 0; at = written.indexOf(text, at + 1)) if (written[at - 1] !== '\\') return true;
  return false;
}

/** Where `text`, read from `start`, ends (the parser's text is the source's, but for escapes). */
function pointAfter(start: Position, text: string): Position {
  const lines = text.split('\n');
  return lines.length === 1 ? { line: start.line, column: start.column + text.length } : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
