import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';

// When a setting of course.yml fails its schema, no course is made, but its lessons are still read
// and checked: against the other settings as written, and not against a setting that is itself wrong.

/** The codes a check reports for course.yml `courseYml` and lesson one's text `lesson`. */
async function codes(courseYml: string, lesson: string): Promise<string[]> {
  const { diagnostics } = await compileCourse({
    files: { 'course.yml': `id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n${courseYml}`, 'lessons/one.md': `---\ntitle: One\n---\n${lesson}` },
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
});
