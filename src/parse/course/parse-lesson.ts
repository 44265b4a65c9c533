import { posix } from 'node:path';
import type { Heading, Paragraph, Root, RootContent, Yaml } from 'mdast';
import type { Block } from '../../model/blocks.js';
import type { Lesson } from '../../model/course.js';
import type { SourceLocation } from '../../model/position.js';
import type { BlockContext } from '../blocks/block-context.js';
import { parseBlock } from '../blocks/parse-block.js';
import { markdownBlock } from '../blocks/markdown-block.js';
import type { Directive } from '../blocks/directive-attributes.js';
import { nodeLocation } from '../markdown/node-location.js';
import { idPattern, suggestId } from '../author-id.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { checkSchema } from '../yaml/check-schema.js';
import { lessonFrontMatterSchema, type LessonFrontMatter } from './course-schema.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { narrowEditions, takeEditionsAttribute } from '../blocks/edition-attribute.js';
import { checkOnlyDirective, onlyDirective } from '../blocks/only-directive.js';
import { detailsDirective, readDetails } from '../blocks/details-directive.js';
import { unreadBlockName } from '../blocks/unread-block-name.js';

/** A lesson after its front matter is read, before its blocks are. */
export interface LessonHead {
  file: string;
  id: string;
  front: LessonFrontMatter | undefined;
  /** The lesson's Markdown tree: parsed when first asked for, when the head was read from the front matter alone. */
  tree: Root;
  /** The original lesson file, when `file` is its translation. */
  original?: string;
  /** Where the front matter's `id:` is written; absent when the id is the file's name. */
  idAt?: SourceLocation;
}

/**
 * Read a lesson's front matter (pass 1: ids are needed to resolve links between lessons), the
 * `yaml` node of its tree. `tree` gives the tree, reading and parsing the lesson when pass 2 first
 * needs it: until then a build holds the lesson's head, neither its text nor its tree.
 */
export function readLessonHead(file: string, yamlNode: Yaml | undefined, tree: () => Root, sink: DiagnosticSink, original = file): LessonHead {
  // A translation (welcome.es.md) has the original's id (welcome): learner state is the same in every language.
  const stem = posix.basename(original, '.md');
  const from = original !== file ? { original } : {};
  const data = parseYaml(yamlNode?.value ?? '', file, sink, { lines: yamlNode?.position?.start.line ?? 0 });
  if (!yamlNode) {
    const at = { file, range: { start: { line: 1, column: 1 } } };
    // A first line of --- that nothing closes is read as a horizontal rule: its fields are text.
    const first = tree().children[0];
    if (first?.type === 'thematicBreak' && first.position?.start.line === 1) sink.report('front-matter-unclosed', { at });
    else sink.report('schema-missing-field', { at, values: { field: 'title', about: 'Start the lesson with front matter: ---, title: …, ---.' } });
    return withLazyTree({ file, id: stem, front: undefined, ...from }, tree);
  }
  const front = data.value === undefined ? undefined : checkSchema(lessonFrontMatterSchema, data, sink);
  if (front && front.id === undefined && !idPattern.test(stem)) {
    // The id becomes the lesson's address in the page and the LMS bookmark.
    sink.report('invalid-id', { at: { file, range: { start: { line: 1, column: 1 } } }, values: { id: stem, suggestion: suggestId(stem), how: 'rename the file, or set "id:" in the front matter' } });
  }
  const idAt = front?.id !== undefined ? { idAt: data.locate(['id']) } : {};
  return withLazyTree({ file, id: front?.id ?? stem, front, ...from, ...idAt }, tree);
}

/** The text each lesson tree was parsed from (`keepParsedText`), with its lines once asked for; let go with the tree. */
const parsedTexts = new WeakMap<Root, { text: string; lines?: readonly string[] }>();

/** `tree`, noted as parsed from `text`, so that `parsedLine` and `parsedSlice` read it while the tree is kept. */
export function keepParsedText(tree: Root, text: string): Root {
  parsedTexts.set(tree, { text });
  return tree;
}

/**
 * Line `line` (1-based) of the text `tree` was parsed from, for a message that points at a word
 * within a line: '' past its end, or for a tree not noted by `keepParsedText`.
 */
export function parsedLine(tree: Root, line: number): string {
  const parsed = parsedTexts.get(tree);
  if (parsed) parsed.lines ??= parsed.text.split(/\r?\n/);
  return parsed?.lines?.[line - 1] ?? '';
}

/** The text `tree` was parsed from, from offset `start` to `end`; undefined for a tree not noted by `keepParsedText`. */
export function parsedSlice(tree: Root, start: number, end: number): string | undefined {
  return parsedTexts.get(tree)?.text.slice(start, end);
}

const treeReleases = new WeakMap<LessonHead, () => void>();

/** `head` with its `tree` made by `make` when first read, and kept until `releaseTree(head)`. */
export function withLazyTree(head: Omit<LessonHead, 'tree'>, make: () => Root): LessonHead {
  let tree: Root | undefined;
  const lazy = Object.defineProperty(head, 'tree', { enumerable: true, get: () => (tree ??= make()) }) as LessonHead;
  treeReleases.set(lazy, () => (tree = undefined));
  return lazy;
}

/**
 * Let go of the tree `withLazyTree` keeps for `head`, once the lesson's blocks are read (it is made
 * again if read after): the head may outlive the lesson's parse in memory (see `parseCourse`).
 */
export function releaseTree(head: LessonHead): void {
  treeReleases.get(head)?.();
}

/**
 * Turn a lesson's Markdown into blocks (pass 2). Blocks and passages limited to some editions
 * (`editions="…"`, `:::only`) are kept with their editions: the whole lesson is parsed and checked
 * once, and each edition's course is cut from it afterwards (`selectEdition`).
 */
export function parseLessonBody(head: LessonHead, ctx: BlockContext): Lesson {
  const blocks: Block[] = [];
  const title = head.front?.title ?? head.id;
  const checkHeading = headingChecker(title, ctx);
  const folded = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const repeatsTitle = (node: RootContent, first: boolean): boolean => first && node.type === 'heading' && node.depth === 1 && folded(ctx.text([node])) === folded(title);
  const walk = (nodes: readonly RootContent[], editions: string[] | undefined): void => {
    let pending: RootContent[] = [];
    const flush = (): void => {
      if (!pending.length) return;
      const html = ctx.html(pending, { checklists: true });
      if (html) blocks.push(markdownBlock(html, nodeLocation(pending[0], head.file), editions));
      pending = [];
    };
    for (const node of nodes) {
      if (node.type === 'yaml') continue;
      if (node.type === 'containerDirective' && node.name === detailsDirective) {
        pending.push(...readDetails(node as Directive, ctx));
        continue;
      }
      if (node.type === 'containerDirective' || node.type === 'leafDirective') {
        flush();
        const own = takeEditionsAttribute(node as Directive, ctx);
        const scope = narrowEditions(editions, own);
        if (node.type === 'containerDirective' && node.name === onlyDirective) {
          checkOnlyDirective(node as Directive, own, ctx);
          walk(node.children, scope);
          continue;
        }
        const block = parseBlock(node as Directive, ctx);
        if (block) blocks.push(scope ? { ...block, editions: scope } : block);
      } else {
        if (node.type === 'paragraph') checkUnreadBlock(node, ctx);
        // The lesson's title written again as its first line (`# Welcome`), as Markdown files often
        // start: the player already shows it as the page's heading, so it is left out, not shown twice.
        if (repeatsTitle(node, blocks.length + pending.length === 0 && editions === undefined)) continue;
        if (node.type === 'heading') checkHeading(node);
        pending.push(node);
      }
    }
    flush();
  };
  walk(head.tree.children, undefined);
  // Only front matter (and comments: "to do"), as a lesson listed before it is written has: a page with its title alone.
  const nothing = (node: RootContent): boolean => node.type === 'yaml' || (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()));
  // (Its front matter must be in the tree: a lesson that could not be read again has none, and is reported as such.)
  if (head.front && head.tree.children[0]?.type === 'yaml' && head.tree.children.every(nothing)) ctx.sink.report('lesson-empty', { at: { file: head.file, range: { start: { line: 1, column: 1 } } }, values: { path: head.file } });
  return {
    id: head.id,
    title: head.front?.title ?? head.id,
    ...(head.front?.minutes !== undefined ? { minutes: head.front.minutes } : {}),
    file: head.file,
    blocks,
    at: { file: head.file, range: { start: { line: 1, column: 1 } } },
    ...(head.idAt ? { idAt: head.idAt } : {}),
  };
}

/**
 * What checks a lesson's headings in the order they come (`heading-level-one`,
 * `heading-level-skipped`): the player shows the lesson's title as the page's one main heading
 * (h1), so the text's sections start at `##`, and each heading is at most one level below the
 * one before. Screen reader users move through a lesson by its headings and hear their levels: a
 * second main heading says a new page began, a skipped level that a section is missing (WCAG 1.3.1).
 */
function headingChecker(title: string, ctx: BlockContext): (heading: Heading) => void {
  const marks = (depth: number): string => '#'.repeat(depth);
  let previous = { depth: 1, what: 'the lesson title' };
  return (heading) => {
    const at = nodeLocation(heading, ctx.file);
    if (heading.depth === 1) ctx.sink.report('heading-level-one', { at, values: { title } });
    else if (heading.depth > previous.depth + 1) ctx.sink.report('heading-level-skipped', { at, values: { level: marks(heading.depth), after: previous.what, expected: marks(previous.depth + 1) } });
    previous = { depth: heading.depth, what: `a ${marks(heading.depth)} heading` };
  };
}

/** Typographic quotes, which a word processor types for " and ' and which end no attribute value. */
const curlyQuote = /[\u201c\u201d\u201e\u2018\u2019]/;

/**
 * A line that starts like a block the course format has (`:::check{#q1 attempts="2}`, a space
 * before the brace, a lone `#`) but that the parser could not read as one is left in the text as
 * a paragraph: learners would see the line and the options as plain text, and the course would
 * lose a check without a word. Reported at the line (`directive-unreadable`); its closing line of
 * colons is not also called stray (`checkUnclosedDirectives`).
 */
function checkUnreadBlock(node: Paragraph, ctx: BlockContext): void {
  const first = node.children[0];
  const line = first?.type === 'text' ? first.value.split('\n', 1)[0] ?? '' : '';
  const name = unreadBlockName(line)?.name;
  if (name === undefined) return;
  const values = { name, line: line.length > 80 ? `${line.slice(0, 77)}...` : line };
  // Pasted from a word processor, `speaker=“Amara”`: said so, at the quote.
  const quote = curlyQuote.exec(line.slice(line.indexOf('{') + 1));
  const at = nodeLocation(node, ctx.file);
  const start = at.range?.start;
  if (!quote || line.indexOf('{') === -1 || !start) return ctx.sink.report('directive-unreadable', { at, values });
  const column = start.column + line.indexOf('{') + 1 + quote.index;
  ctx.sink.report('directive-unreadable', { at: { file: ctx.file, range: { start: { line: start.line, column }, end: { line: start.line, column: column + 1 } } }, values: { ...values, quote: quote[0] } });
}
