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

  it('names a closing line with too few colons, and moves what follows it back out to the top level', () => {
    const shortFence = '1:1 The block "interview" opens with :::: but the line ::: on line 4 has fewer colons, so it closes nothing: everything after it, to the end of the lesson, would be inside the block.';
    // The line of colons right under the last paragraph (a continuation of it) or a paragraph of its own.
    for (const opening of ['::::interview{#i}\nIntro.\nWords.\n', '::::interview{#i}\nIntro.\n\n']) {
      const result = check(`${opening}:::\n\n## After\n\n:::check{#q}\nQ?\n\n- [x] a\n:::\n`);
      expect(result.reports).toEqual([shortFence]);
      expect(result.top).toEqual(['containerDirective:interview', 'heading', 'containerDirective:check']);
    }
    const sink = createDiagnosticSink();
    const text = '::::interview{#i}\nIntro.\n\nWords.\n:::\n\nAfter.\n';
    const tree = checkUnclosedDirectives(parseMarkdownTree(text), text, 'lessons/a.md', sink);
    // The colons are taken off the paragraph they ended.
    expect(JSON.stringify(tree.children[0])).not.toContain(':::');
    expect(sink.diagnostics[0]?.hint).toBe('A block is closed by a line with as many colons as opened it: write :::: on line 5.');
    // Inside a list, the line is named; the blocks after it are not moved (a list item holds it).
    expect(check('::::check{#q}\nQ?\n\n- [x] a\n:::\n').reports).toEqual([
      '1:1 The block "check" opens with :::: but the line ::: on line 5 has fewer colons, so it closes nothing: everything after it, to the end of the lesson, would be inside the block.',
    ]);
    // A nested block's own closing line, or colons in code, are not the mistake.
    expect(check('::::interview{#i}\nIntro.\n\n:::transcript\nWords.\n:::\n\n```\n:::\n```\n').reports).toEqual([
      '1:1 The block "interview" is never closed, so everything after it, to the end of the lesson, would be inside it.',
    ]);
  });

  it('says how to keep a block inside another (more colons outside), and warns of a line of colons that closes nothing', () => {
    const sink = createDiagnosticSink();
    const text = ':::only{editions="charge"}\nFor charge nurses.\n\n:::check{#q}\nQ?\n\n- [x] a\n:::\n\n:::\n\nAfter.\n:::\n';
    checkUnclosedDirectives(parseMarkdownTree(text), text, 'lessons/a.md', sink);
    expect(sink.diagnostics.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column}`)).toEqual(['directive-unclosed 1:1', 'directive-stray-fence 10:1', 'directive-stray-fence 13:1']);
    expect(sink.diagnostics[0]?.hint).toContain('If "check" belongs inside "only", open "only" with one more colon (::::only) and close it with ::::');
    // Not where the block cannot hold the other: that would be a nested block, refused.
    const inReflection = createDiagnosticSink();
    const unclosed = ':::reflection{#r}\nThink.\n\n:::check{#q}\nQ?\n\n- [x] a\n:::\n';
    checkUnclosedDirectives(parseMarkdownTree(unclosed), unclosed, 'lessons/a.md', inReflection);
    expect(inReflection.diagnostics.map((d) => d.hint)).toEqual(['Add a line with only ::: where "reflection" ends, before the block "check".']);
    expect(sink.diagnostics[1]?.message).toBe('The line ::: closes no block, so learners would see it as text.');
    expect(sink.diagnostics[1]?.severity).toBe('warning');
    // Colons inside a line of text, or in a closed block, are nothing to warn of.
    expect(check('Ratio 3:::1 is fine.\n\n:::check{#q}\nQ?\n\n- [x] a\n:::\n').reports).toEqual([]);
  });

  it('does not call the closing line of a block the parser could not read stray: the unread block is the error', () => {
    const unread = ':::interview{src="a.mp4" poster=}';
    // Its closing line ends its paragraph, stands alone, or ends the list in it.
    expect(check(`${unread}\nx\n:::\n`).reports).toEqual([]);
    expect(check(`${unread}\nIntro.\n\n> A quote.\n\n:::\n\nAfter.\n`).reports).toEqual([]);
    expect(check(`${unread}\n\n- [x] a\n:::\n\nAfter.\n`).reports).toEqual([]);
    expect(check(`::::check{#q attempts="2}\nQ?\n\n::::\n`).reports).toEqual([]);
    // Only its own closing line: a second line of colons is stray, and so is one with fewer colons.
    expect(check(`${unread}\nx\n:::\n\n:::\n`).reports).toEqual(['5:1 The line ::: closes no block, so learners would see it as text.']);
    expect(check(`::${unread}\nx\n:::\n`).reports).toEqual(['3:1 The line ::: closes no block, so learners would see it as text.']);
    // A line of colons after something that is not a block, or after a block that was read, is stray.
    expect(check(':::notes{x=}\nx\n:::\n').reports).toEqual(['3:1 The line ::: closes no block, so learners would see it as text.']);
    expect(check(':::reflection{#r}\nWhy?\n:::\n:::\n').reports).toEqual(['4:1 The line ::: closes no block, so learners would see it as text.']);
    // A block that opens before any line of colons takes that line: the unread one has none.
    expect(check(`${unread}\n\n:::content-note\nA note.\n:::\n\n:::\n`).reports).toEqual(['7:1 The line ::: closes no block, so learners would see it as text.']);
  });
});
