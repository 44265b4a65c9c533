import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../../src/parse/markdown/markdown-processor.js';
import { scanFrontMatter } from '../../../src/parse/markdown/front-matter.js';

// The build's own processor: the scan must find exactly the node it gives.
const parse = (text: string): Root => markdownProcessor.runSync(markdownProcessor.parse(text)) as Root;
const parsedFrontMatter = (text: string) => {
  const first = parse(text).children[0];
  return first?.type === 'yaml' ? first : null;
};

const lines = fc.constantFrom('---', '--- ', '---\t', ' ---', '----', '--', '-- -', '***', '', ' ', 'title: Speaking up', 'id: speak-up', 'minutes: 8', '# Heading', '> quote', '- item', ':::note', ':::', '```', '~~~', '<!--', 'text', '  indented: yes', '\t', 'a: ---');
// Most start with a fence, as lessons do; the lines after it decide whether it opens front matter.
const texts = fc
  .tuple(fc.constantFrom('---', '--- ', '---\t', '----', 'text'), fc.array(lines, { minLength: 0, maxLength: 8 }), fc.boolean())
  .map(([first, rest, last]) => [first, ...rest].join('\n') + (last ? '\n' : ''));

describe('scanFrontMatter', () => {
  it('finds the front matter node the parser gives, positions included, or its absence', () => {
    let found = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const scanned = scanFrontMatter(text);
        expect(scanned).toEqual(parsedFrontMatter(text));
        if (scanned) found++;
      }),
      { seed: 20261205, numRuns: 6000 },
    );
    expect(found).toBeGreaterThan(1000);
  });

  it('reads a lesson\'s front matter, an empty one, and none at all', () => {
    for (const text of ['---\ntitle: Speaking up\nminutes: 8\n---\n\n## Part 1\n\nText.\n', '---\n---\n', '---\n\n---', '---  \nid: a\n---\t\nBody', 'No front matter.\n', '---\n', '---', '---\ntitle: never closed\n', '', '\n---\na: 1\n---\n']) {
      expect(scanFrontMatter(text), JSON.stringify(text)).toEqual(parsedFrontMatter(text));
    }
  });

  it('leaves to the parser a text it reads its own way', () => {
    for (const text of ['---\r\ntitle: a\r\n---\r\n', '\ufeff---\ntitle: a\n---\n', '---\ntitle: a\0\n---\n']) expect(scanFrontMatter(text)).toBeUndefined();
  });
});
