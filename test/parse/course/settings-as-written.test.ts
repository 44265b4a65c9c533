import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';

// When a setting of course.yml fails its schema, no course is made, but its lessons are still read
// and checked: against the other settings as written, and not against a setting that is itself wrong.

/** The codes a check reports for course.yml `courseYml`, lesson one's text `lesson` and `more` files. */
async function codes(courseYml: string, lesson: string, more: Record<string, string> = {}): Promise<string[]> {
  const { diagnostics } = await compileCourse({
    files: { 'course.yml': `id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n${courseYml}`, 'lessons/one.md': `---\ntitle: One\n---\n${lesson}`, ...more },
    validateOnly: true,
  });
  return diagnostics.map((d) => d.code);
}

describe('a lesson checked against course.yml when one of its settings is wrong', () => {
  const reported = ':::reflection{#r-one report}\nWhat will you try?\n:::\n';

  it('judges a reflection marked report by reporting.reflections as written, and not when that is wrong', async () => {
    expect(await codes('', reported)).toEqual(['reflection-report-not-allowed']);
    expect(await codes('reporting: { reflections: session }\n', reported)).toEqual(['reflection-report-not-allowed']);
    expect(await codes('reporting: { reflections: report }\n', reported)).toEqual([]);
    // Before, any error in course.yml made every such reflection an error: "the course keeps reflections private".
    expect(await codes('reporting: { reflections: report }\nmasteryScore: 180\n', reported)).toEqual(['schema-invalid-value']);
    expect(await codes('masteryScore: 180\n', reported)).toEqual(['schema-invalid-value', 'reflection-report-not-allowed']);
    expect(await codes('reporting: { reflections: reported }\n', reported)).toEqual(['schema-invalid-value']);
  });

  it('does not call an edition unknown when course.yml writes its editions wrong, and checks ids among what every edition has', async () => {
    const lesson = [
      ':::reflection{#r-one}\nWhat will you try?\n:::',
      '::::only{editions="managers"}\n:::reflection{#r-two}\nWhat will your team try?\n:::\n::::',
      ':::reflection{#r-one}\nAnd next week?\n:::',
      '',
    ].join('\n\n');
    // Before: "course.yml defines no editions" at "managers", though it does, as a list.
    expect(await codes('editions: [staff, managers]\n', lesson)).toEqual(['schema-invalid-value', 'duplicate-id']);
    expect(await codes('editions: { staff: { title: Staff } }\n', lesson)).toEqual(['edition-unknown', 'duplicate-id']);
  });

  it("does not call a lesson's translation unlisted when course.yml writes its languages wrong; a lesson left out still is", async () => {
    const more = { 'lessons/one.es.md': '---\ntitle: Uno\n---\nHola.\n', 'lessons/two.md': '---\ntitle: Two\n---\nLeft out.\n' };
    const notListed = async (courseYml: string): Promise<string[]> => {
      const { diagnostics } = await compileCourse({ files: { 'course.yml': `id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n${courseYml}`, 'lessons/one.md': '---\ntitle: One\n---\nHello.\n', ...more }, validateOnly: true });
      return diagnostics.filter((d) => d.code === 'lesson-not-listed').map((d) => d.message.split('"')[1] ?? '');
    };
    expect(await notListed('languages: [en, es]\n')).toEqual(['lessons/two.md']);
    // Before: one.es.md too, as if it were a lesson left out.
    expect(await codes('languages: en, es\n', 'Hello.\n', more)).toEqual(['lesson-not-listed', 'schema-invalid-value']);
    expect(await notListed('languages: en, es\n')).toEqual(['lessons/two.md']);
    // Without languages, one.es.md is a lesson file like any other.
    expect(await notListed('')).toEqual(['lessons/one.es.md', 'lessons/two.md']);
  });
});
