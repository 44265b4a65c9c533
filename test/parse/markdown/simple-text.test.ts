import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { convertMarkdown, markdownToHtml, simpleParagraphHtml, type MarkdownContext } from '../../../src/parse/markdown/markdown-to-html.js';
import { simpleTextTree } from '../../../src/parse/markdown/simple-text.js';

// The parser as parse-markdown.ts configures it: the short way must give exactly its tree.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);
const parse = (text: string): Root => processor.runSync(processor.parse(text)) as Root;

const pieces = ['Name', 'it', 'calmly', 'Café', 'niño', 'Ärztin', '𝒜', 'e\u0301', '2027', '½', '"', "'", '(', ')', ',', '.', ';', '?', '!', '/', '%', '=', '$', '‘', '’', '“', '”', '–', '—', '…', 'www', 'WWW', '1.', '3)', '-', 'follow-up', ':', '10:30', 'http:'];
const word = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
// A paragraph as a YAML block scalar gives it: lines joined by a line feed, perhaps one at the end.
const paragraph = fc.tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([lines, last]) => lines.join('\n') + (last ? '\n' : ''));

describe('simpleTextTree', () => {
  it('gives the parser\'s own tree, positions included, for every line it takes', () => {
    let taken = 0;
    fc.assert(
      fc.property(paragraph, (text) => {
        const tree = simpleTextTree(text);
        if (!tree) return;
        taken++;
        expect(tree).toEqual(parse(text));
      }),
      { seed: 20261205, numRuns: 4000 },
    );
    expect(taken).toBeGreaterThan(200);
  });

  it('takes the everyday lines of scenarios and checks', () => {
    for (const text of ['Say nothing and carry on.', 'Ask her, later, whether she is OK?', 'Note: tell Dr. Reyes “not now”.', 'A follow-up call', 'Distract — ask for help with the trolley.', '“Ça va?” (quietly)', 'Say calmly, "Come on, Lee. That\'s not okay."\n', 'Nobody says anything. Ten minutes later, you find Priya\nrestocking the clinical room.\n']) {
      expect(simpleTextTree(text), text).toEqual(parse(text));
    }
  });

  it('leaves to the parser every line that could hold Markdown, a directive or a link', () => {
    for (const text of ['*stress* it', 'a_b', 'see [the policy](x.md)', 'call:now', 'see :abbr[HR]', 'at 10:30', 'mail hr@example.org', 'go to www.example.org', '- a list', '+ plus', '1. first', '12) twelfth', '# heading', '> quote', 'a  b', ' lead', 'tail ', 'a\n\nb', 'a\n- b', 'a\n===', 'a\n  b', 'a \nb', 'a\n1. b', 'x & y', 'a | b', 'code `x`', '~gone~', 'back\\slash', '<b>', '']) {
      expect(simpleTextTree(text), text).toBeUndefined();
    }
  });
});

describe('simpleParagraphHtml', () => {
  const context = (): MarkdownContext => ({ file: 'lessons/a.md', sink: createDiagnosticSink(), resolveAsset: () => undefined, resolveLessonLink: () => undefined, isLessonLink: () => false });

  it('gives the whole conversion\'s HTML for every paragraph of simple lines', () => {
    let taken = 0;
    fc.assert(
      fc.property(paragraph, (text) => {
        const nodes = parse(text).children;
        const html = simpleParagraphHtml(nodes);
        if (html === undefined) return;
        taken++;
        expect(html).toBe(convertMarkdown(nodes, context()));
      }),
      { seed: 20261205, numRuns: 4000 },
    );
    expect(taken).toBeGreaterThan(200);
  });

  it('leaves to the conversion a paragraph with anything HTML would escape or Markdown would mark, and anything but one paragraph', () => {
    for (const text of ['x & y', 'a < b', 'a *b*', 'see [the policy](x.md)', 'a\n\nb', '# heading', 'go to www.example.org', 'a  \nb']) {
      expect(simpleParagraphHtml(parse(text).children), text).toBeUndefined();
    }
  });

  it('counts its conversions as the full one does, so footnote ids stay the same', () => {
    const ctx = context();
    markdownToHtml(parse('Plain words.').children, ctx);
    expect(markdownToHtml(parse('Hand hygiene.[^1]\n\n[^1]: WHO, 2009.').children, ctx)).toContain('id="lessons-a-2-fn-1"');
  });
});
