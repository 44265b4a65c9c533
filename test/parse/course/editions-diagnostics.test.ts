import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { formatDiagnostic } from '../../../src/diagnostics/format-diagnostics.js';
import { translationHash } from '../../../src/parse/course/translation-files.js';
import { editionsCourseFiles } from '../../support-course/editions-course.js';

/** The first line of each diagnostic, as a user sees it. */
async function problems(files: Record<string, string>, editions?: string[]): Promise<string[]> {
  const result = await compileCourse({ files, validateOnly: true, ...(editions ? { editions } : {}) });
  return result.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]!);
}

async function diagnostics(files: Record<string, string>) {
  return (await compileCourse({ files, validateOnly: true })).diagnostics;
}

const welcome = editionsCourseFiles()['lessons/welcome.md']!;

describe('edition names', () => {
  it('reports an unknown edition in a lesson entry, a block and an only-passage, each at its place, with the closest name', async () => {
    const files = editionsCourseFiles({
      'course.yml': editionsCourseFiles()['course.yml']!.replace('editions: [manager]', 'editions: [managers]'),
      'lessons/welcome.md': welcome.replace('only{editions="manager"}', 'only{editions="manger"}').replace('editions="employee"', 'editions="employe"'),
    });
    const found = await diagnostics(files);
    const unknown = found.filter((d) => d.code === 'edition-unknown');
    expect(unknown.map((d) => [d.file, d.range?.start.line, d.range?.start.column])).toEqual([
      ['course.yml', 11, 44],
      ['lessons/welcome.md', 6, 19],
      ['lessons/welcome.md', 10, 40],
    ]);
    expect(unknown.map((d) => d.message)).toEqual([
      'Unexpected edition "managers"; expected one of: employee, manager.',
      'Unexpected edition "manger"; expected one of: employee, manager.',
      'Unexpected edition "employe"; expected one of: employee, manager.',
    ]);
    expect(unknown[0]?.hint).toContain('Did you mean "manager"?');
    expect(found.map((d) => d.code)).not.toContain('unknown-attribute');
  });

  it('says nothing of a block the lesson\'s editions would not show while those editions are written wrong', async () => {
    // The block is for managers; course.yml gives the lesson to an edition it names wrong, or to employees.
    const leading = '---\ntitle: Leading by example\n---\nText.\n\n:::reflection{#plan editions="manager"}\nYour plan?\n:::\n';
    const given = (editions: string) =>
      editionsCourseFiles({ 'course.yml': editionsCourseFiles()['course.yml']!.replace('editions: [manager]', `editions: [${editions}]`), 'lessons/leading.md': leading, 'lessons/leading.es.md': undefined });
    const codes = async (editions: string) => (await diagnostics(given(editions))).filter((d) => d.file !== 'lessons/leading.es.md' && d.code !== 'translation-missing').map((d) => `${d.code}: ${d.message}`);
    expect(await codes('Manager')).toEqual(['edition-unknown: Unexpected edition "Manager"; expected one of: employee, manager.']);
    expect(await codes('employee, Manager')).toEqual(['edition-unknown: Unexpected edition "Manager"; expected one of: employee, manager.']);
    expect(await codes('employee')).toEqual([
      'edition-block-unreachable: This is limited to the editions manager, and none of them has this lesson (course.yml gives it to employee), so no learner will see it.',
    ]);
  });

  it('reports editions in a course that defines none', async () => {
    const lines = await problems({
      'course.yml': 'id: handover\ntitle: Safe handover\nlessons: [lessons/a.md]\n',
      'lessons/a.md': '---\ntitle: A\n---\n:::only{editions="manager"}\nFor managers.\n:::\n',
    });
    expect(lines).toEqual(['lessons/a.md:4:19 error Unexpected edition "manager": course.yml defines no editions.  edition-unknown']);
  });

  it('reports an edition asked for that the course does not define', async () => {
    const lines = await problems(editionsCourseFiles(), ['managr']);
    expect(lines).toEqual(['course.yml:7:3 error Unexpected edition "managr"; expected one of: employee, manager.  edition-unknown']);
  });

  it('asks for the editions of an only-passage', async () => {
    const lines = await problems(editionsCourseFiles({ 'lessons/welcome.md': welcome.replace('only{editions="manager"}', 'only') }));
    expect(lines.some((line) => line.startsWith('lessons/welcome.md:6:') && line.endsWith('missing-attribute'))).toBe(true);
  });

  it('names "only" among the blocks a misspelt name could be, and "editions" for a misspelt attribute', async () => {
    const misspelt = await diagnostics(editionsCourseFiles({ 'lessons/welcome.md': welcome.replace('only{editions="manager"}', 'onyl{editions="manager"}') }));
    const unknown = misspelt.find((d) => d.code === 'unknown-directive');
    expect(unknown?.message).toContain('content-note, only, details.');
    expect(unknown?.hint).toMatch(/^Did you mean "only"\?/);
    const attribute = (await diagnostics(editionsCourseFiles({ 'lessons/welcome.md': welcome.replace('only{editions="manager"}', 'only{edition="manager"}') }))).find((d) => d.code === 'unknown-attribute');
    expect(attribute?.hint).toMatch(/^Did you mean "editions"\?/);
  });

  it('reports a link to a lesson an edition does not have, in that edition only', async () => {
    const linked = welcome.replace('Everyone deserves respect.', 'Everyone deserves respect.\n\nManagers: see [leading](leading.md).');
    const es = editionsCourseFiles()['lessons/welcome.es.md']!.replace('merecen respeto.', 'merecen respeto.\n\nVer [liderar](leading.md).').replace(/translation-of: \w+/, `translation-of: ${translationHash(linked)}`);
    const found = await diagnostics(editionsCourseFiles({ 'lessons/welcome.md': linked, 'lessons/welcome.es.md': es }));
    expect(found.map((d) => [formatDiagnostic(d).split('\n')[0], d.related?.map((r) => r.message)])).toEqual([
      // The Spanish file's problem is in Spanish only: its note names the edition, not the language.
      ['lessons/welcome.es.md:5:1 error A link here leads to the lesson "leading", which this edition does not have.  edition-link-missing-lesson', ['Only in edition "employee".']],
      ['lessons/welcome.md:4:1 error A link here leads to the lesson "leading", which this edition does not have.  edition-link-missing-lesson', ['Only in edition "employee", language "en".']],
    ]);
  });

  it('reports a problem of one edition once, naming the edition; a shared one once, as it is', async () => {
    const files = editionsCourseFiles({
      'course.yml': `${editionsCourseFiles()['course.yml']!}completion: [all-lessons, acknowledgements]\nmasteryScore: 80\n`,
      'lessons/welcome.md': `${welcome}\n:::acknowledgement{#read-policy required editions="manager"}\nI have read the policy.\n:::\n`,
      'lessons/welcome.es.md': `${editionsCourseFiles()['lessons/welcome.es.md']!}\n:::acknowledgement{#read-policy required editions="manager"}\nHe leído la política.\n:::\n`,
    });
    const found = (await diagnostics(files)).filter((d) => d.code !== 'translation-stale');
    const unmeetable = found.filter((d) => d.code === 'completion-rule-unmeetable');
    expect(unmeetable).toHaveLength(1);
    expect(unmeetable[0]?.related).toEqual([{ file: 'course.yml', range: expect.anything(), message: 'Only in edition "employee".' }]);
    const mastery = found.filter((d) => d.code === 'mastery-without-graded-content');
    expect(mastery).toHaveLength(1);
    expect(mastery[0]?.related).toBeUndefined();
  });
});

describe('translations', () => {
  it('reports a missing translated lesson, naming the original and the language', async () => {
    const lines = await problems(editionsCourseFiles({ 'lessons/leading.es.md': undefined }));
    expect(lines).toEqual(['course.yml:11:5 error Expected the es translation of "lessons/leading.md" in "lessons/leading.es.md", found none.  translation-missing']);
  });

  it('reports a missing course.es.yml at the language in course.yml', async () => {
    const lines = await problems(editionsCourseFiles({ 'course.es.yml': undefined }));
    expect(lines).toEqual(['course.yml:4:17 error Expected the es translation of "course.yml" in "course.es.yml", found none.  translation-missing']);
    // Not "copy course.yml": a copy whole would be refused field by field (id, lessons …).
    const [missing] = await diagnostics(editionsCourseFiles({ 'course.es.yml': undefined }));
    expect(missing?.hint).toBe(
      'Write "course.es.yml" with only the words of course.yml that learners read, translated: title, description, support and the editions\' titles ("coursewright translate export --language es --out <folder>" writes it ready to translate); or remove "es" from "languages" in course.yml.',
    );
  });

  it('reports a translation whose block ids differ, at the translated block', async () => {
    const es = editionsCourseFiles()['lessons/welcome.es.md']!.replace('#first-thought', '#primera-idea');
    const lines = await problems(editionsCourseFiles({ 'lessons/welcome.es.md': es }));
    expect(lines).toEqual([
      'lessons/welcome.es.md:11:1 error The block ids here differ from the original "lessons/welcome.md": expected "first-thought (editions: employee)", found "primera-idea (editions: employee)".  translation-structure-mismatch',
    ]);
  });

  it('reports a translation that limits a block to other editions than the original', async () => {
    const es = editionsCourseFiles()['lessons/welcome.es.md']!.replace('#first-thought editions="employee"', '#first-thought');
    const found = await diagnostics(editionsCourseFiles({ 'lessons/welcome.es.md': es }));
    expect(found.map((d) => d.code)).toEqual(['translation-structure-mismatch']);
  });

  it('reports a translation that gives a passage (:::only) to other editions than the original, at the passage', async () => {
    const es = editionsCourseFiles()['lessons/welcome.es.md']!;
    for (const changed of [es.replace(':::only{editions="manager"}', ':::only{editions="manager employee"}'), es.replace(':::only{editions="manager"}\nComo responsable, marcas el tono.\n:::\n', 'Como responsable, marcas el tono.\n')]) {
      expect(changed).not.toBe(es);
      const found = await diagnostics(editionsCourseFiles({ 'lessons/welcome.es.md': changed }));
      expect(found.map((d) => [d.code, d.file, d.message.split(':')[0]])).toEqual([['translation-structure-mismatch', 'lessons/welcome.es.md', 'The editions of the passages for some editions (']]);
    }
    const lines = await problems(editionsCourseFiles({ 'lessons/welcome.es.md': es.replace(':::only{editions="manager"}', ':::only{editions="manager employee"}') }));
    expect(lines).toEqual(['lessons/welcome.es.md:8:1 error The editions of the passages for some editions (:::only) here differ from the original "lessons/welcome.md": expected "manager", found "manager employee".  translation-structure-mismatch']);
  });

  it('reports scenario nodes and choices a translation renamed, in the translated scenario file', async () => {
    const scenario = 'id: lunch\ntitle: Lunch\nnodes:\n  start:\n    text: A joke at lunch.\n    choices:\n      - { id: laugh, text: Laugh, goto: end }\n      - { id: speak, text: Speak up, goto: end, recommended: true }\n  end:\n    text: Done.\n    end: true\n    outcome: positive\n';
    const base = editionsCourseFiles();
    const files = editionsCourseFiles({
      'lessons/leading.md': `${base['lessons/leading.md']!}\n::scenario{src="../scenarios/lunch.yml"}\n`,
      'lessons/leading.es.md': `${base['lessons/leading.es.md']!}\n::scenario{src="../scenarios/lunch.yml"}\n`,
      'scenarios/lunch.yml': scenario,
      'scenarios/lunch.es.yml': scenario.replace('Laugh', 'Reír').replace('id: speak', 'id: hablar'),
    });
    const found = (await diagnostics(files)).filter((d) => d.code !== 'translation-stale');
    expect(found.map((d) => [d.code, d.file, d.range?.start.line])).toEqual([['translation-structure-mismatch', 'scenarios/lunch.es.yml', 4]]);
    expect(found[0]?.message).toBe('The choice (node "start") ids here differ from the original "scenarios/lunch.yml": expected "laugh", "speak", found "laugh", "hablar".');
    // A node renamed: said at the node, in the scenario file; its choices are not also "missing" at the lesson.
    const renamed = editionsCourseFiles({ ...files, 'scenarios/lunch.es.yml': scenario.replace('  start:', '  inicio:') });
    const nodes = (await diagnostics(renamed)).filter((d) => d.code === 'translation-structure-mismatch');
    expect(nodes.map((d) => [d.file, d.range?.start.line, d.message.split(' ids')[0]])).toEqual([['scenarios/lunch.es.yml', 4, 'The node (scenario "lunch")']]);
  });

  it('reports a missing translated scenario where the block names it, at its src', async () => {
    const scenario = 'id: lunch\ntitle: Lunch\nnodes:\n  start:\n    text: A joke at lunch.\n    choices:\n      - { id: speak, text: Speak up, goto: end, recommended: true }\n  end:\n    text: Done.\n    end: true\n    outcome: positive\n';
    const base = editionsCourseFiles();
    const files = editionsCourseFiles({
      'lessons/leading.md': `${base['lessons/leading.md']!}\n::scenario{src="../scenarios/lunch.yml"}\n`,
      'lessons/leading.es.md': `${base['lessons/leading.es.md']!}\n::scenario{src="../scenarios/lunch.yml"}\n`,
      'scenarios/lunch.yml': scenario,
    });
    const found = (await problems(files)).filter((line) => !line.endsWith('translation-stale'));
    expect(found).toEqual(['lessons/leading.es.md:7:12 error Expected the es translation of "scenarios/lunch.yml" in "scenarios/lunch.es.yml", found none.  translation-missing']);
  });

  it('warns when the original changed since it was translated, at the recorded hash', async () => {
    const changed = welcome.replace('Everyone deserves respect.', 'Everyone deserves respect, always.');
    const found = await diagnostics(editionsCourseFiles({ 'lessons/welcome.md': changed }));
    expect(found.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual([
      `lessons/welcome.es.md:3:17 warning "lessons/welcome.md" has changed since this translation was made (translation-of: ${translationHash(welcome)}; the original is now ${translationHash(changed)}).  translation-stale`,
    ]);
  });

  it('reports a translated lesson that sets another lesson id, at its id', async () => {
    const es = editionsCourseFiles()['lessons/leading.es.md']!.replace('title: Predicar', 'id: liderar\ntitle: Predicar');
    const lines = await problems(editionsCourseFiles({ 'lessons/leading.es.md': es }));
    expect(lines).toEqual(['lessons/leading.es.md:2:5 error The lesson ids here differ from the original "lessons/leading.md": expected "leading", found "liderar".  translation-structure-mismatch']);
  });

  it('expects the course language first in languages, each once', async () => {
    const yml = editionsCourseFiles()['course.yml']!.replace('languages: [en, es]', 'languages: [es, en, es]');
    const found = await diagnostics(editionsCourseFiles({ 'course.yml': yml, 'course.en.yml': 'title: Respect at work\n' }));
    expect(found.filter((d) => d.code === 'schema-invalid-value').map((d) => [d.range?.start.column, d.message])).toEqual([
      [13, 'Unexpected value for "languages": expected the course language "en" first, since the files are written in it; found "es".'],
      [21, 'Unexpected value for "languages": "es" is listed twice.'],
    ]);
  });

  it('does not call translated lessons unlisted', async () => {
    expect(await problems(editionsCourseFiles())).toEqual([]);
  });
});
