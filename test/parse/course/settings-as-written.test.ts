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

describe('lessons checked when course.yml has a YAML syntax error', () => {
  /** The codes and files reported for course.yml `courseYml` and the lesson files `lessons`. */
  async function reported(courseYml: string, lessons: Record<string, string>): Promise<string[]> {
    const { diagnostics, course } = await compileCourse({ files: { 'course.yml': courseYml, ...lessons }, validateOnly: true });
    expect(course).toBeUndefined();
    return diagnostics.map((d) => `${d.file}:${d.range?.start.line} ${d.code}`);
  }
  const broken = ':::check{#q attempts=two}\nWhich?\n\n- [x] This\n- [ ] That\n:::\n';

  it("reports a listed lesson's own problems in the same run as the syntax error", async () => {
    // An apostrophe in single quotes, the most common slip there is.
    const courseYml = "id: demo\ntitle: 'Don't panic'\nlessons:\n  - lessons/one.md\n  - lessons/two.md\n";
    const lessons = { 'lessons/one.md': `---\ntitle: One\n---\n${broken}`, 'lessons/two.md': '---\ntitle: Two\n---\nSee [one](one.md) and [three](three.md).\n' };
    // Before: the syntax error alone; each lesson's problems came one fix later.
    expect(await reported(courseYml, lessons)).toEqual(['course.yml:2 yaml-syntax', 'lessons/one.md:4 invalid-attribute', 'lessons/two.md:4 link-broken']);
    // A lesson file left out of the list is still said to be.
    expect(await reported(courseYml, { ...lessons, 'lessons/three.md': '---\ntitle: Three\n---\nThree.\n' })).toEqual([
      'course.yml:2 yaml-syntax',
      'course.yml:3 lesson-not-listed',
      'lessons/one.md:4 invalid-attribute',
      'lessons/two.md:4 link-unlisted-lesson',
    ]);
  });

  it('reads nothing of a lessons list the error is inside, and judges no edition name by editions it could not read', async () => {
    const lesson = { 'lessons/one.md': `---\ntitle: One\n---\n${broken}` };
    expect(await reported('id: demo\ntitle: Demo\nlessons: [lessons/one.md\n', lesson)).toEqual(['course.yml:4 yaml-syntax']);
    // Nor of one the error has moved (a colon in a title: what follows is read as the title's).
    expect(await reported('id: demo\ntitle: Harassment: what to know\nlessons:\n  - lessons/one.md\n', lesson)).toEqual(['course.yml:2 yaml-syntax']);
    const managersOnly = { 'lessons/one.md': '---\ntitle: One\n---\n::::only{editions="managers"}\nFor managers.\n::::\n' };
    // The editions map read in step: its names known; with the error inside it: not judged.
    expect(await reported('id: demo\n\ttitle: Demo\neditions:\n  managers: { title: Managers }\nlessons: [lessons/one.md]\n', managersOnly)).toEqual(['course.yml:2 yaml-syntax']);
    expect(await reported('id: demo\n\ttitle: Demo\neditions:\n  staff: { title: Staff }\nlessons: [lessons/one.md]\n', managersOnly)).toEqual(['course.yml:2 yaml-syntax', 'lessons/one.md:4 edition-unknown']);
    expect(await reported('id: demo\ntitle: Demo\neditions:\n  staff: { title: Staff }\n\tmanagers: { title: Managers }\nlessons: [lessons/one.md]\n', managersOnly)).toEqual(['course.yml:5 yaml-syntax']);
    // The same for a reflection marked report: judged by reporting.reflections read in step, not when the error is inside it.
    const reporting = { 'lessons/one.md': '---\ntitle: One\n---\n:::reflection{#r-one report}\nWhat will you try?\n:::\n' };
    expect(await reported('id: demo\n\ttitle: Demo\nlessons: [lessons/one.md]\n', reporting)).toEqual(['course.yml:2 yaml-syntax', 'lessons/one.md:4 reflection-report-not-allowed']);
    expect(await reported('id: demo\n\ttitle: Demo\nreporting: { reflections: report }\nlessons: [lessons/one.md]\n', reporting)).toEqual(['course.yml:2 yaml-syntax']);
    expect(await reported('id: demo\ntitle: Demo\nreporting:\n\treflections: report\nlessons: [lessons/one.md]\n', reporting)).toEqual(['course.yml:4 yaml-syntax']);
    // Nor without the language the lessons are written in.
    expect(await reported("id: demo\ntitle: Demo\nlanguage: 'e'n\nlessons: [lessons/one.md]\n", lesson)).toEqual(['course.yml:3 yaml-syntax']);
  });
});
