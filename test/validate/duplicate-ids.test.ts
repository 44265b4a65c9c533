import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';

/** The duplicate-id diagnostics of a course of `lessons` (file name → text), where they are and where the id was first used. */
async function duplicates(lessons: Record<string, string>, extra: Record<string, string> = {}) {
  const files = { 'course.yml': `id: demo\ntitle: Demo\nlessons:\n${Object.keys(lessons).map((name) => `  - lessons/${name}\n`).join('')}`, ...Object.fromEntries(Object.entries(lessons).map(([name, text]) => [`lessons/${name}`, text])), ...extra };
  const { diagnostics } = await compileCourse({ files, validateOnly: true });
  return diagnostics
    .filter((d) => d.code === 'duplicate-id')
    .map((d) => ({ at: `${d.file}:${d.range?.start.line}:${d.range?.start.column}`, message: d.message, first: d.related?.map((r) => `${r.file}:${r.range?.start.line}:${r.range?.start.column} ${r.message}`) }));
}

describe('a lesson id used twice', () => {
  it('is reported at the `id:` that repeats it, with the first `id:`', async () => {
    expect(await duplicates({ 'a.md': '---\ntitle: A\nid: intro\n---\nText.\n', 'b.md': '---\ntitle: B\nminutes: 5\nid: intro\n---\nText.\n' })).toEqual([
      { at: 'lessons/b.md:4:5', message: 'The lesson id "intro" is already used; ids must be unique in the course.', first: ['lessons/a.md:3:5 First used here.'] },
    ]);
  });

  it('when the first is a lesson named by its file, says the id comes from the file name', async () => {
    const scenario = 'id: night-transfer\ntitle: A night transfer\nnodes:\n  start:\n    text: Go.\n    end: true\n    outcome: positive\n';
    const found = await duplicates({ 'night-transfer.md': '---\ntitle: Night transfer\n---\n::scenario{src="../scenarios/s.yml"}\n' }, { 'scenarios/s.yml': scenario });
    expect(found.map((d) => [d.at, d.first])).toEqual([
      ['lessons/night-transfer.md:4:1', ['lessons/night-transfer.md:1:1 First used here: the id of this lesson, from its file name (set "id:" in its front matter to give it another).']],
    ]);
  });
});
