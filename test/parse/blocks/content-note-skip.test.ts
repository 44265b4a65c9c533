import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';

async function parse(attributes: string) {
  const files = {
    'course.yml': 'id: note\ntitle: Note\nlessons: [lessons/one.md, lessons/two.md]\n',
    'lessons/one.md': `---\ntitle: One\n---\n::content-note{#cn-stories ${attributes}}\n\nPersonal accounts.\n`,
    'lessons/two.md': '---\ntitle: Two\n---\nWhat to do next.\n',
  };
  const { course, diagnostics } = await compileCourse({ files, validateOnly: true });
  const block = course?.lessons[0]?.blocks.find((b) => b.kind === 'content-note');
  if (block?.kind !== 'content-note') throw new Error('no content note');
  return { block, diagnostics: diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}`), hints: diagnostics.map((d) => d.hint) };
}

describe('the content note\u2019s skip attribute', () => {
  it('asks for the link past the rest of the lesson', async () => {
    expect(await parse('skip')).toMatchObject({ block: { skip: true }, diagnostics: [] });
    expect((await parse('skip=true')).block.skip).toBe(true);
  });

  it('is off when absent or false', async () => {
    expect((await parse('')).block).not.toHaveProperty('skip');
    expect((await parse('skip=false')).block).not.toHaveProperty('skip');
  });

  it('is refused, at the attribute, with any other value, and a near miss is named', async () => {
    expect((await parse('skip=later')).diagnostics).toEqual(['4:28 error invalid-attribute']);
    const nearMiss = await parse('skipp');
    expect(nearMiss.diagnostics).toEqual(['4:28 error unknown-attribute']);
    expect(nearMiss.hints[0]).toContain('"skip"');
  });
});
