import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { createMemorySource } from '../../../src/load/course-source.js';
import type { CheckBlock, PracticeBlock } from '../../../src/model/blocks.js';
import { parseCourse } from '../../../src/parse/course/parse-course.js';

/** Parse one lesson holding `body`, and return its blocks and the diagnostics. */
function parseLesson(body: string) {
  const sink = createDiagnosticSink();
  const course = parseCourse(
    createMemorySource({ 'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/a.md]\n', 'lessons/a.md': `---\ntitle: A\n---\n${body}` }),
    sink,
  );
  return { blocks: course?.lessons[0]?.blocks ?? [], diagnostics: sink.diagnostics };
}

describe('option ids', () => {
  it("takes the author's {#id} and keeps it out of the option's text, HTML and feedback", () => {
    const { blocks, diagnostics } = parseLesson(
      [':::check{#q-signs}', 'Which is an early sign?', '', "- [x] Jokes at one person's expense {#jokes}", '  Yes: small moments come first.', '- [ ] A *formal* complaint {#complaint}', ':::', ''].join('\n'),
    );
    const check = blocks[0] as CheckBlock;
    expect(diagnostics).toEqual([]);
    expect(check.options.map((o) => [o.id, o.code, o.text, o.html])).toEqual([
      ['jokes', 'a', "Jokes at one person's expense", "Jokes at one person's expense"],
      ['complaint', 'b', 'A formal complaint', 'A <em>formal</em> complaint'],
    ]);
    expect(check.options[0]?.feedbackHtml).toBe('<p>Yes: small moments come first.</p>');
  });

  it.each([
    ['two spaces', '  '],
    ['a backslash', '\\'],
  ])("ends the option at a line break at the end of its line (%s), so its feedback never shows in it", (_kind, lineBreak) => {
    const { blocks, diagnostics } = parseLesson(
      [':::check{#q-first}', 'A good first step?', '', `- [x] Name what you heard, calmly${lineBreak}`, '  Yes: calm and about the behaviour.', `- [ ] Wait {#wait}${lineBreak}`, '  Too late.', ':::', ''].join('\n'),
    );
    const check = blocks[0] as CheckBlock;
    expect(diagnostics).toEqual([]);
    expect(check.options.map((o) => [o.id, o.html, o.feedbackHtml])).toEqual([
      ['name-what-you-heard-calmly', 'Name what you heard, calmly', '<p>Yes: calm and about the behaviour.</p>'],
      ['wait', 'Wait', '<p>Too late.</p>'],
    ]);
  });

  it('makes readable ids from the text, numbering repeats and stepping aside for explicit ids', () => {
    const { blocks, diagnostics } = parseLesson(
      [':::check{#q type=multiple}', 'Pick.', '', '- [x] Say something', '- [x] Say something', '- [ ] Wait {#say-something-3}', '- [ ] Say something', '- [ ] 直接', ':::', ''].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect((blocks[0] as CheckBlock).options.map((o) => o.id)).toEqual(['say-something', 'say-something-2', 'say-something-3', 'say-something-4', 'option-5']);
  });

  it('names practice techniques by their label, or by an explicit id', () => {
    const { blocks } = parseLesson(
      [':::practice{#p-ward}', 'A visitor comments.', '', '- [x] **Direct:** Say it is not okay.', '- [ ] **Direct:** Say it again, louder.', '- [ ] Ask the nurse later. {#check-in}', '- [ ] Write down what happened.', ':::', ''].join('\n'),
    );
    const practice = blocks[0] as PracticeBlock;
    expect(practice.techniques.map((t) => [t.id, t.label, t.text])).toEqual([
      ['direct', 'Direct', 'Direct: Say it is not okay.'],
      ['direct-2', 'Direct', 'Direct: Say it again, louder.'],
      ['check-in', '', 'Ask the nurse later.'],
      ['write-down-what-happened', '', 'Write down what happened.'],
    ]);
  });

  it('reports an id used twice in one block at the second one, pointing back at the first', () => {
    const { diagnostics } = parseLesson([':::check{#q-signs}', 'Q?', '', '- [x] Right {#same}', '- [ ] Wrong {#same}', ':::', ''].join('\n'));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'duplicate-option-id',
        severity: 'error',
        message: 'The option id "same" is used twice in the knowledge check "q-signs".',
        file: 'lessons/a.md',
        range: { start: { line: 8, column: 14 }, end: { line: 8, column: 19 } },
        related: [{ file: 'lessons/a.md', range: { start: { line: 7, column: 14 }, end: { line: 7, column: 19 } }, message: 'The first option "same" is here.' }],
      }),
    ]);
    expect(diagnostics[0]?.hint).toContain('{#name-it}');
  });

  it('allows the same option id in two different blocks', () => {
    const check = (id: string): string => [`:::check{#${id}}`, 'Q?', '', '- [x] Yes {#yes}', '- [ ] No {#no}', ':::', ''].join('\n');
    expect(parseLesson(`${check('q-1')}\n${check('q-2')}`).diagnostics).toEqual([]);
  });

  it('reports an id that breaks the id rules, suggests one, and makes a valid id instead', () => {
    const { blocks, diagnostics } = parseLesson([':::check{#q}', 'Q?', '', '- [x] Right {#Right_One}', '- [ ] Wrong {#}', ':::', ''].join('\n'));
    expect(diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column, d.hint?.slice(0, 16)])).toEqual([
      ['invalid-id', 7, 14, 'Try "right-one".'],
      ['invalid-id', 8, 14, 'Try "wrong". Ids'],
    ]);
    expect((blocks[0] as CheckBlock).options.map((o) => [o.id, o.text])).toEqual([['right', 'Right'], ['wrong', 'Wrong']]);
  });
});
