import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { checkUnclosedDirectives } from '../../../src/parse/markdown/check-unclosed-directives.js';
import { parseMarkdownTree } from '../../../src/parse/markdown/parse-markdown.js';

function check(text: string): { reports: string[]; top: string[] } {
  const sink = createDiagnosticSink();
  const tree = checkUnclosedDirectives(parseMarkdownTree(text), text, 'lessons/a.md', sink);
  return {
    reports: sink.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.message}`),
    top: tree.children.map((c) => (c.type === 'containerDirective' || c.type === 'leafDirective' ? `${c.type}:${c.name}` : c.type)),
  };
}

describe('checkUnclosedDirectives', () => {
  it('accepts closed blocks, empty ones, and real nesting with more colons outside', () => {
    expect(check(':::check{#q}\nQ?\n\n- [x] a\n- [ ] b\n:::\n\nText after.\n').reports).toEqual([]);
    expect(check(':::reflection{#r}\n:::\n').reports).toEqual([]);
    expect(check('::::interview{#i}\nIntro.\n\n:::transcript\nWords.\n:::\n::::\n').reports).toEqual([]);
  });

  it('reports a block that runs to the end of the lesson at its opening fence', () => {
    expect(check('Intro.\n\n:::content-note\nA note.\n\n## Next part\n\nThe rest.\n').reports).toEqual([
      '3:1 The block "content-note" is never closed, so everything after it, to the end of the lesson, would be inside it.',
    ]);
    expect(check('::::check{#q}\nQ?\n\n- [x] a\n:::\n').reports).toHaveLength(1);
  });

  it('reports a block left open before the next one, and moves that one back out to the top level', () => {
    const result = check(':::check{#q}\nQ?\n\n- [x] a\n- [ ] b\n\n:::content-note\nA note.\n:::\n\nText.\n');
    expect(result.reports).toEqual([
      '1:1 The block "check" is not closed before the block "content-note" on line 7, so that block and everything up to its end would be inside it.',
    ]);
    expect(result.top).toEqual(['containerDirective:check', 'containerDirective:content-note', 'paragraph']);
  });
});
