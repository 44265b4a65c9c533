import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';

/** A course of `lessons` lessons, each with `checks` graded multiple-answer checks of five options. */
function generatedCourse(lessons: number, checks: number): Record<string, string> {
  const files: Record<string, string> = {
    'course.yml': [
      'id: many-checks',
      'title: Many checks',
      'version: "1"',
      'language: en',
      'completion: [checks]',
      'lessons:',
      ...Array.from({ length: lessons }, (_, l) => `  - lessons/lesson-${l + 1}.md`),
      '',
    ].join('\n'),
  };
  for (let l = 0; l < lessons; l++) {
    const body = Array.from({ length: checks }, (_, c) => [
      `:::check{#q-${l + 1}-${c + 1} type=multiple attempts=3 graded}`,
      `Question ${c + 1} of lesson ${l + 1}: which of these apply?`,
      '',
      ...['one', 'two', 'three', 'four', 'five'].map((option, i) => `- [${i % 2 === 0 ? 'x' : ' '}] Option ${option}`),
      ':::',
      '',
    ].join('\n'));
    files[`lessons/lesson-${l + 1}.md`] = `---\ntitle: Lesson ${l + 1}\n---\n\n${body.join('\n')}`;
  }
  return files;
}

describe('the saved-progress budget, proved at build time', () => {
  // 240 graded checks: the course that, before this check, silently lost 239 answers on resume in SCORM 1.2.
  const files = generatedCourse(8, 30);

  it('fails the SCORM 1.2 build, naming the first block that would not fit and those after it', async () => {
    const result = await compileCourse({ files, targets: ['scorm12'] });
    expect(result.artifacts).toEqual([]);
    const over = result.diagnostics.filter((d) => d.code === 'state-over-budget');
    expect(over).toHaveLength(1);
    const [diagnostic] = over;
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.message).toMatch(/can reach \d+ bytes, but scorm12 keeps 4096: from this block on, \d+ block\(s\) would lose their answers/);
    expect(diagnostic?.hint).toContain('scorm2004, xapi or cmi5');
    // Every check saves the same at most, so the first that does not fit is where the budget runs out.
    const fit = 240 - Number(/(\d+) block\(s\)/.exec(diagnostic?.message ?? '')?.[1]);
    expect(fit).toBeGreaterThan(50);
    expect(fit).toBeLessThan(240);
    const lesson = Math.floor(fit / 30) + 1;
    expect(diagnostic?.file).toBe(`lessons/lesson-${lesson}.md`);
    expect(diagnostic?.range?.start.line).toBeGreaterThan(1);
    expect(diagnostic?.related?.[0]?.message).toBe(`"q-${Math.floor((fit + 1) / 30) + 1}-${((fit + 1) % 30) + 1}" would not fit either.`);
    expect(diagnostic?.related).toHaveLength(10);
  });

  it('builds the same course for SCORM 2004, whose suspend_data keeps 64,000 characters', async () => {
    const result = await compileCourse({ files, targets: ['scorm2004'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.artifacts.map((a) => a.target)).toEqual(['scorm2004']);
  });

  it('reports it for `validate` too, for the targets the course builds', async () => {
    const result = await compileCourse({ files: { ...files, 'course.yml': `${files['course.yml']}targets: [scorm12, cmi5]\n` }, validateOnly: true });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['state-over-budget']);
  });

  it('lets a course that fits build without a word', async () => {
    const result = await compileCourse({ files: generatedCourse(2, 10), targets: ['scorm12'] });
    expect(result.diagnostics).toEqual([]);
    expect(result.artifacts).toHaveLength(1);
  });
});
