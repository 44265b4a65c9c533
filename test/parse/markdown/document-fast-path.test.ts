import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Range } from '../../../src/model/position.js';
import { capEmphasis, maxEmphasisMarks } from '../../../src/parse/markdown/cap-emphasis.js';
import { capLineNesting } from '../../../src/parse/markdown/cap-line-nesting.js';
import { capTables, maxTableCells } from '../../../src/parse/markdown/cap-tables.js';
import { fastParagraphs } from '../../../src/parse/markdown/fast-paragraphs.js';
import { limitDepth, maxMarkdownDepth } from '../../../src/parse/markdown/limit-depth.js';
import { markdownProcessor } from '../../../src/parse/markdown/markdown-processor.js';
import { parseMarkdownTree, type MarkdownLimit } from '../../../src/parse/markdown/parse-markdown.js';
import { parseWithFastParagraphs } from '../../../src/parse/markdown/parse-with-fast-paragraphs.js';

// Watched, to see that parseMarkdownTree takes the fast path (it still runs as it is).
vi.mock('../../../src/parse/markdown/parse-with-fast-paragraphs.js', async (original) => {
  const actual = await original<typeof import('../../../src/parse/markdown/parse-with-fast-paragraphs.js')>();
  return { parseWithFastParagraphs: vi.fn(actual.parseWithFastParagraphs) };
});

// The build's one parser, and the whole-text pipeline parseMarkdownTree ran before it had a fast
// path: every tree and every limit must stay exactly as it gave them.
const processor = markdownProcessor;
const parse = (text: string): Root => processor.runSync(processor.parse(text)) as Root;

interface Parsed {
  tree: Root;
  limits: { range: Range; limit: MarkdownLimit }[];
}

function parseWhole(text: string): Parsed {
  const limits: Parsed['limits'] = [];
  const capped = capLineNesting(text, maxMarkdownDepth);
  const tables = capTables(capped.text);
  const emphasis = capEmphasis(tables.text);
  const tree = parse(emphasis.text);
  const pruned = limitDepth(tree);
  const cut = capped.cut ?? pruned;
  if (cut) limits.push({ range: cut, limit: { code: 'markdown-too-deep', values: { max: maxMarkdownDepth } } });
  if (tables.cut) limits.push({ range: tables.cut.range, limit: { code: 'markdown-table-too-large', values: { max: maxTableCells, cells: tables.cut.cells } } });
  if (emphasis.cut) limits.push({ range: emphasis.cut, limit: { code: 'markdown-too-much-emphasis', values: { max: maxEmphasisMarks } } });
  return { tree, limits };
}

function parseFast(text: string): Parsed {
  const limits: Parsed['limits'] = [];
  const tree = parseMarkdownTree(text, (range, limit) => limits.push({ range, limit }));
  return { tree, limits };
}

// Documents from a random mix of blocks, weighted towards what can hide a paragraph of plain
// prose from the top level: fences, directives and HTML blocks with blank lines inside, lists
// and quotes with lazy lines, front matter, definitions and footnotes.
const word = fc.constantFrom('Name', 'it', 'calmly', 'Café', 'niño', '2027', '“Ça', 'va?”', 'follow-up', 'Note:', '(quietly)', 'x', 'trust.', '—', "don't");
const simpleLine = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const markup = fc.constantFrom('*stress*', '_em_', '**bold**', '`code`', '[link](x.md)', '[ref]', '[ref][]', '[^1]', ':abbr[HR]{title="Human resources"}', '<b>b</b>', '<span>', 'www.example.org', 'hr@example.org', '~~gone~~', 'back\\slash', '&amp;', 'end  ', '\t', '1.', '-', '#', '>', '|', ':::', '```', '~~~', '<!--', '-->', '[x]:', '---', '===', '    ');
const mixedLine = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: markup }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const line = fc.oneof({ weight: 3, arbitrary: simpleLine }, { weight: 1, arbitrary: mixedLine });
const lines = (max: number) => fc.array(line, { minLength: 1, maxLength: max });
const simpleParagraph = fc.array(simpleLine, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
const paragraph = lines(3).map((ls) => ls.join('\n'));
const blank = fc.constantFrom('\n\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n');

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`);
const setext = fc.tuple(simpleLine, fc.constantFrom('===', '---', '-')).map(([text, under]) => `${text}\n${under}`);
const thematicBreak = fc.constantFrom('***', '---', '___', '* * *', '- - -');
const listItem = fc.tuple(fc.constantFrom('-', '*', '+', '1.', '2)'), lines(2), fc.constantFrom('', '', '  - nested item', '   1. nested', '\n\n  indented paragraph', '\n\n  ```\n  code\n\n  more\n  ```', '\n  > quoted'));
const list = fc.tuple(fc.array(listItem, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean()).map(([items, loose, lazy]) =>
  items.map(([marker, ls, extra]) => `${marker} ${ls.join(`\n${' '.repeat(marker.length + 1)}`)}${extra.startsWith('\n') ? extra : extra ? `\n${extra}` : ''}${lazy ? '\nlazy line after the item' : ''}`).join(loose ? '\n\n' : '\n'),
);
const blockQuote = fc.tuple(lines(3), fc.constantFrom('', '\nlazy continuation', '\n>\n> after a quoted blank', '\n> > nested', '\n> ```\n> code')).map(([ls, extra]) => `> ${ls.join('\n> ')}${extra}`);
const fenceMark = fc.constantFrom('```', '~~~', '````', '~~~~~');
const fencedCode = fc
  .tuple(fenceMark, fc.constantFrom('', 'js', 'x`y', ' title="a"'), fc.array(fc.oneof(simpleLine, fc.constantFrom('', ':::', '```', '~~~', '   ```', '<!--', 'code();')), { maxLength: 5 }), fc.constantFrom('same', 'same', 'longer', 'none', 'indented', 'other', 'text after'))
  .map(([fence, info, body, close]) => {
    const closing = { same: fence, longer: `${fence}${fence[0]}`, none: '', indented: `   ${fence}`, other: fence.startsWith('`') ? '~~~' : '```', 'text after': `${fence} x` }[close];
    return [`${fence}${info}`, ...body, ...(closing ? [closing] : [])].join('\n');
  });
const indentedCode = lines(3).map((ls) => ls.map((l) => `    ${l}`).join('\n\n'));
const html = fc.tuple(fc.constantFrom('<script>', '<pre class="x">', '<style>', '<textarea>', '<!--', '<!-- one line -->', '<?php', '<!DOCTYPE html', '<![CDATA[', '<div>', '<span>', '<https://example.org>', '<b>bold</b> text', '  <div>', '<!-->', '<!x'), simpleParagraph, fc.constantFrom('</script>', '</pre>', '</style>', '</textarea>', '-->', '?>', '>', ']]>', '</div>', '', 'x --> y', '</SCRIPT> z')).map(([open, inner, close]) => [open, '', inner, '', close].join('\n'));
const table = fc.tuple(lines(2), fc.boolean()).map(([cells, pipeless]) => `| a | b |\n| - | :-: |\n| ${cells.join(' | ')} |${pipeless ? '\nrow without pipes' : ''}`);
const definition = fc.constantFrom('[ref]: /url "Title"', '[ref]:\n/url', '[x]: <a b>', '[^1]: A note.\n\n    More of the note.', '[^1]: Note\nlazy note line', '  [ref]: /indented');
const leafDirective = fc.constantFrom('::video{src="a.mp4"}', '::scenario{src="../scenarios/a.yml"}', '::break', '::x[label]');
const fenceOpening = fc.constantFrom(':::note', '::::note{#a .b key="v"}', ':::check{#q graded}', ':::note[A title]', ':::note{a=}', '::: note', ':::note-', '  :::note', ':::x{a="b"c}');
const fenceClosing = fc.constantFrom(':::', ':::', '::::', '', '  :::', ':::x', ':::::');

const leaf = fc.oneof(
  { weight: 8, arbitrary: simpleParagraph },
  { weight: 3, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 1, arbitrary: thematicBreak },
  { weight: 2, arbitrary: list },
  { weight: 2, arbitrary: blockQuote },
  { weight: 2, arbitrary: fencedCode },
  { weight: 1, arbitrary: indentedCode },
  { weight: 2, arbitrary: html },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: definition },
  { weight: 1, arbitrary: leafDirective },
);
const separated = (blocks: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(blocks, fc.oneof({ weight: 4, arbitrary: blank }, { weight: 1, arbitrary: fc.constant('\n') })), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([b, sep], i) => (i ? sep : '') + b).join(''));
const container = (inner: fc.Arbitrary<string>) => fc.tuple(fenceOpening, fc.option(blank), inner, fc.option(blank), fenceClosing).map(([open, before, body, after, close]) => [open, before ?? '\n', body, after ?? '\n', close].join(''));
const directive = container(separated(leaf));
const block = fc.oneof({ weight: 10, arbitrary: leaf }, { weight: 2, arbitrary: directive }, { weight: 1, arbitrary: container(separated(fc.oneof(leaf, directive))) });
const frontMatter = fc.constantFrom('', '', '---\ntitle: A lesson\n---\n\n', '---\ntitle: x\n\nminutes: 3\n---\n', '---\nnot closed\n\n', '--- \n---\n');
const documents = fc.tuple(frontMatter, fc.array(fc.tuple(block, fc.oneof({ weight: 5, arbitrary: blank }, { weight: 1, arbitrary: fc.constant('\n') })), { minLength: 1, maxLength: 14 }), fc.constantFrom('', '\n', '\n\n', '\n  ')).map(
  ([front, parts, end]) => front + parts.map(([b, sep], i) => (i ? sep : '') + b).join('') + end,
);

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(e.parentPath, e.name)).sort();
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// FUZZ_RUNS and FUZZ_SEED (as for test/fuzz) run the property on more or other documents.
const runs = Number(process.env.FUZZ_RUNS ?? 400);
const seed = Number(process.env.FUZZ_SEED ?? 20261205);

/** The lesson generator of the benchmark (plain JavaScript, untyped). */
interface MakeFixture {
  makeFixture(dir: string, options: { id: string; lessons: number; imageBytes?: number; videoBytes?: number }): Promise<void>;
}

describe('parseMarkdownTree on whole documents', () => {
  it(`gives the whole-text parser’s tree, positions included, for documents of every kind of block (${runs} documents)`, () => {
    let fast = 0;
    fc.assert(
      fc.property(documents, (text) => {
        expect(parseFast(text)).toStrictEqual(parseWhole(text));
        if (!fastParagraphs(text).length) return;
        // The scan proposes no paragraph that the parser puts anywhere else (that would only cost a second parse).
        expect(parseWithFastParagraphs(text, parse)).toBeDefined();
        fast++;
      }),
      { seed, numRuns: runs },
    );
    // Many generated documents have top-level prose before anything the scan gives up at.
    expect(fast).toBeGreaterThan(runs * 0.4);
  }, Math.max(60_000, runs * 100));

  it('keeps every limit and its position, with prose around what is cut', () => {
    const prose = 'Plain words in a paragraph.\nA second line of them.';
    const wide = [`|${' h |'.repeat(101)}`, `|${' - |'.repeat(101)}`, ...Array.from({ length: 100 }, () => `|${' c |'.repeat(101)}`)].join('\n');
    const text = [prose, `${'> '.repeat(120)}deep`, prose, wide, prose, `Too ${'*much* '.repeat(300)}`, prose, '- a\n  - b\n    - c', prose, ''].join('\n\n');
    const whole = parseWhole(text);
    expect(whole.limits.map((l) => l.limit.code)).toEqual(['markdown-too-deep', 'markdown-table-too-large', 'markdown-too-much-emphasis']);
    expect(parseWithFastParagraphs(capEmphasis(capTables(capLineNesting(text, maxMarkdownDepth).text).text).text, parse)).toBeDefined();
    expect(parseFast(text)).toStrictEqual(whole);
  });

  it('gives the same trees for every Markdown file of the sample courses and the test fixtures', async () => {
    const files = [...(await markdownFiles(join(root, 'courses'))), ...(await markdownFiles(join(root, 'test', 'fixtures')))];
    expect(files.length).toBeGreaterThan(50);
    let fast = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(parseFast(text), relative(root, file)).toStrictEqual(parseWhole(text));
      if (parseWithFastParagraphs(text, parse)) fast++;
    }
    expect(fast).toBeGreaterThan(files.length / 5);
  });

  it('leaves to the parser the prose inside code, directives, HTML blocks and front matter', () => {
    const hidden = ['```', 'Inside code.', '', 'Still code.', '```', '', ':::note', '', 'Inside a note.', '', ':::', '', '<!--', '', 'Commented out.', '', '-->', '', 'At the top.', ''].join('\n');
    expect(fastParagraphs(hidden)).toEqual([{ first: 18, last: 18 }]);
    expect(fastParagraphs('---\ntitle: x\n\nwords: y\n---\n\nAt the top.')).toEqual([{ first: 6, last: 6 }]);
    // An indented fence may belong to a list item or not: what follows it is left to the parser.
    expect(fastParagraphs('- item\n\n  ```\n\nWords.\n')).toEqual([]);
    // The loader turns CRLF into LF; a stray carriage return is a line ending to the parser.
    expect(fastParagraphs('Words.\r\rMore words.')).toEqual([]);
  });

  describe('on the benchmark’s lessons', () => {
    let dir = '';
    let lessons: string[] = [];
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'cw-fast-path-'));
      const tool = (await import(pathToFileURL(join(root, 'scripts', 'bench', 'make-fixture.mjs')).href)) as MakeFixture;
      await tool.makeFixture(dir, { id: 'fx12', lessons: 12, imageBytes: 16, videoBytes: 16 });
      lessons = await Promise.all((await markdownFiles(join(dir, 'lessons'))).map((file) => readFile(file, 'utf8')));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('takes the fast path for their prose and gives the same trees', () => {
      expect(lessons).toHaveLength(12);
      for (const text of lessons) {
        // Six parts of three paragraphs each; the paragraphs inside :::interview and :::check stay with the parser.
        expect(fastParagraphs(text)).toHaveLength(18);
        const fastPath = vi.mocked(parseWithFastParagraphs);
        fastPath.mockClear();
        expect(parseFast(text)).toStrictEqual(parseWhole(text));
        expect(fastPath).toHaveBeenCalledOnce();
        expect(fastPath.mock.results[0]).toMatchObject({ type: 'return', value: { type: 'root' } });
      }
    });
  });
});
