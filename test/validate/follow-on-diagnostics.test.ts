import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { makeDiagnostic, sortDiagnostics } from '../../src/diagnostics/context.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { expectGolden } from '../support-course/golden.js';
import { runCli } from '../cli/run-cli.js';

// Each folder is a course with several problems at once (a broken scenario or course.yml).
// validate.txt is what `coursewright validate` prints, validate.json what `--format json` prints;
// regenerate with UPDATE=1 and review the diff.
const root = join(import.meta.dirname, '..', 'fixtures', 'validate', 'follow-on');
const cases = readdirSync(root).sort();

interface JsonOutput {
  courses: { diagnostics: Diagnostic[] }[];
}

function validate(name: string): { text: string; diagnostics: Diagnostic[] } {
  const text = runCli(['validate', name], root);
  const json = runCli(['validate', name, '--format', 'json'], root);
  expect(text.code).toBe(1);
  expect(json.code).toBe(1);
  expectGolden(text.stderr, join(root, name, 'validate.txt'));
  expectGolden(json.stdout, join(root, name, 'validate.json'));
  return { text: text.stderr, diagnostics: (JSON.parse(json.stdout) as JsonOutput).courses[0]!.diagnostics };
}

/** The lines that start a diagnostic (`file:line:column severity message  code`), in printed order. */
function printedCodes(text: string): string[] {
  return text.split('\n').flatMap((line) => /^\S+:\d+:\d+ (?:error|warning|info) .* {2}([a-z0-9-]+)$/.exec(line)?.[1] ?? []);
}

describe('problems that follow from a broken scenario', () => {
  it('has the fixtures', () => expect(cases).toEqual(['course-settings-broken', 'scenario-graph-broken', 'scenario-node-broken', 'scenario-yaml-broken']));

  it("course.yml's settings unusable: the lessons' and scenarios' own problems in the same run, no rule that needs the settings", () => {
    const { text, diagnostics } = validate('course-settings-broken');
    // Before, no course was made of a course.yml with a wrong value, and nothing was checked across
    // lessons: the author fixed course.yml only to be told, in the next run, of these.
    const order = ['schema-invalid-value', 'schema-invalid-value', 'duplicate-id', 'scenario-missing-target', 'scenario-dead-end', 'scenario-unreachable-node'];
    expect(printedCodes(text)).toEqual(order);
    expect(diagnostics.map((d) => d.code)).toEqual(order);
    // q1 is in lesson one for everyone and again in lesson two, which the managers' edition has.
    const duplicate = diagnostics[2]!;
    expect([duplicate.file, duplicate.range?.start.line, duplicate.message]).toEqual(['lessons/two.md', 6, 'The reflection id "q1" is already used; ids must be unique in the course.']);
    // "note" is in two blocks no edition shows together: no problem. Nothing is said of completion
    // or the pass mark, which course.yml's broken values would only make up.
    expect(text).not.toContain('"note"');
    expect(diagnostics.filter((d) => d.code.startsWith('completion') || d.code.startsWith('mastery'))).toEqual([]);
  });

  it('a choice to a missing node and a dead end: the errors first, no made-up pass mark or path problem, the unreachable node after its cause', () => {
    const { text, diagnostics } = validate('scenario-graph-broken');
    const order = ['scenario-missing-target', 'scenario-dead-end', 'scenario-unreachable-node'];
    expect(printedCodes(text)).toEqual(order);
    expect(diagnostics.map((d) => d.code)).toEqual(order);
    // The ending done-well is above the broken choice in the file, yet is listed after it, with why.
    const unreachable = diagnostics[2]!;
    expect(unreachable.range?.start.line).toBeLessThan(diagnostics[0]!.range!.start.line);
    expect(unreachable.cause).toEqual({ code: 'scenario-missing-target', file: 'scenarios/audit.yml', range: diagnostics[0]!.range });
    expect(text).toContain('scenario-graph-broken/scenarios/audit.yml:19:15 Because of the choice "prepare" of "intro" leading to "done-wel", which does not exist.');
  });

  it('a scenario whose YAML is unusable: its errors only, not "the course has no scenario" or "nothing is graded"', () => {
    const { text, diagnostics } = validate('scenario-yaml-broken');
    // `txt:` for `text:`: the field written wrong, with the one meant, and not also "text" missing.
    expect(printedCodes(text)).toEqual(['schema-unknown-field']);
    expect(diagnostics.map((d) => [d.code, d.hint?.slice(0, 22)])).toEqual([['schema-unknown-field', 'Did you mean "text"? C']]);
  });

  it("a scenario wrong in one node: the other nodes' problems in the same run, and no graph problem made up by the node left out", () => {
    const { text, diagnostics } = validate('scenario-node-broken');
    // The choice "wait" of the broken node "intro" is the only way to "later": judged as a graph,
    // "later" would be unreachable. Node by node, its own problems are real.
    // (Its choice's text is a list: a misspelt name alone would be read as meant, the node kept.)
    const order = ['schema-invalid-value', 'scenario-unknown-variable', 'scenario-missing-target', 'scenario-invalid-condition', 'scenario-end-without-outcome'];
    expect(printedCodes(text)).toEqual(order);
    expect(diagnostics.map((d) => [d.code, d.range?.start.line])).toEqual([
      ['schema-invalid-value', 10],
      ['scenario-unknown-variable', 20],
      ['scenario-missing-target', 21],
      ['scenario-invalid-condition', 24],
      ['scenario-end-without-outcome', 27],
    ]);
  });
});

describe('a misspelt field name holds nothing else back', () => {
  const lesson = { 'lessons/one.md': '---\ntitle: One\n---\nHello.\n' };
  const codesOf = async (courseYml: string): Promise<string[]> => (await compileCourse({ files: { 'course.yml': courseYml, ...lesson }, validateOnly: true })).diagnostics.map((d) => `${d.code} ${d.range?.start.line}`);

  it("course.yml: the other settings' problems in the same run, not after the name is corrected", async () => {
    const yml = 'id: fixture\ntitle: Fixture\nlanguages: [fr, en]\nmasteryscore: 80\nlessons: [lessons/one.md]\n';
    expect(await codesOf(yml)).toEqual(['schema-invalid-value 3', 'schema-unknown-field 4']);
    expect(await codesOf(yml.replace('languages: [fr, en]\n', ''))).toEqual(['schema-unknown-field 3']);
  });

  it('numbers YAML reads as not-a-number or infinity are called so, not "a number"', async () => {
    const messages = async (value: string) => (await compileCourse({ files: { 'course.yml': `id: fixture\ntitle: Fixture\nmasteryScore: ${value}\nlessons: [lessons/one.md]\n`, ...lesson }, validateOnly: true })).diagnostics.map((d) => d.message);
    expect(await messages('.nan')).toEqual(['Unexpected value for "masteryScore": expected a number, found not-a-number (.nan).']);
    expect(await messages('1e400')).toEqual(['Unexpected value for "masteryScore": expected a number, found infinity (a number too large).']);
  });
});

describe('the rules held back still report once nothing broken is in the way', () => {
  const course = (lesson: string, scenario: string): Record<string, string> => ({
    'course.yml': 'id: fixture\ntitle: Fixture\nlessons:\n  - lessons/one.md\ncompletion: [all-lessons, scenarios]\nmasteryScore: 80\n',
    'lessons/one.md': `---\ntitle: One\n---\n${lesson}\n`,
    'scenarios/audit.yml': scenario,
  });
  const fixture = (file: string): string => readFileSync(join(root, 'scenario-graph-broken', file), 'utf8');

  it('a course without any scenario is told completion and mastery cannot be met', async () => {
    const { diagnostics } = await compileCourse({ files: course('No scenario here.', ''), validateOnly: true });
    expect(diagnostics.map((d) => d.code)).toEqual(['completion-rule-unmeetable', 'mastery-without-graded-content']);
  });

  it('a scenario whose best ending scores below the mastery score, once its choices lead somewhere', async () => {
    const mended = fixture('scenarios/audit.yml').replace('goto: done-wel\n', 'goto: done-well\n').replace('done-well: 100', 'done-well: 50').replace('  stall:\n    text: You wait.\n', '  stall:\n    text: You wait.\n    choices:\n      - { id: go, text: Go on., goto: gave-up }\n');
    const { diagnostics } = await compileCourse({ files: course('::scenario{src="../scenarios/audit.yml"}', mended), validateOnly: true });
    expect(diagnostics.map((d) => d.code)).toEqual(['scenario-passing-impossible']);
  });
});

describe('a scenario wrong only in its title or settings', () => {
  const files = (title: string): Record<string, string> => ({
    'course.yml': 'id: fixture\ntitle: Fixture\nlessons: [lessons/one.md]\n',
    'lessons/one.md': '---\ntitle: One\n---\n::scenario{src="../scenarios/audit.yml"}\n',
    // "later" is reached by no choice, and "stall" leads nowhere: graph problems.
    'scenarios/audit.yml': `id: audit\n${title}allowRewind: yes\nnodes:\n  intro:\n    text: Start.\n    choices:\n      - { id: go, text: Go., recommended: true, goto: done }\n      - { id: wait, text: Wait., goto: stall }\n  stall:\n    text: You wait.\n  later:\n    text: Later.\n    choices:\n      - { id: on, text: On., goto: done }\n  done:\n    end: true\n    text: Done.\n    outcome: positive\n`,
  });
  const codesOf = async (course: Record<string, string>): Promise<string[]> => (await compileCourse({ files: course, validateOnly: true })).diagnostics.map((d) => `${d.code} ${d.range?.start.line}`);

  it('has its graph checked in the same run, as once they are mended', async () => {
    // "yes" for a true/false setting (YAML 1.2 reads it as text).
    expect(await codesOf(files('title: Audit\n'))).toEqual(['schema-invalid-value 3', 'scenario-dead-end 10', 'scenario-unreachable-node 12']);
    // And no title.
    expect(await codesOf(files(''))).toEqual(['schema-missing-field 1', 'schema-invalid-value 2', 'scenario-dead-end 9', 'scenario-unreachable-node 11']);
  });
});

describe('a translated lesson that cannot be read', () => {
  const lesson = (title: string, body: string): string => `---\ntitle: ${title}\n---\n${body}\n`;
  const check = (id: string): string => `:::check{#${id}}\nQ?\n\n- [x] Yes {#yes}\n- [ ] No {#no}\n:::`;
  const files = (second: string | Uint8Array): Record<string, string | Uint8Array> => ({
    'course.yml': 'id: fixture\ntitle: Fixture\nlanguages: [en, es]\neditions:\n  staff: { title: Staff }\n  managers: { title: Managers }\nlessons:\n  - lessons/one.md\n  - lessons/two.md\n  - { file: lessons/three.md, editions: [managers] }\n',
    'course.es.yml': 'title: Ficha\n',
    'lessons/one.md': lesson('One', `Go on to [two](two.md).\n\n${check('q1')}`),
    'lessons/two.md': lesson('Two', check('q2')),
    'lessons/three.md': lesson('Three', check('q3')),
    'lessons/one.es.md': lesson('Uno', `Sigue con [dos](two.md).\n\n${check('q1')}`),
    'lessons/two.es.md': second,
    'lessons/three.es.md': lesson('Tres', check('q3')),
  });

  it('is reported as such, and is the only problem: the lessons after it are compared with their own originals, links to it are not broken', async () => {
    const readable = await compileCourse({ files: files(lesson('Dos', check('q2'))), validateOnly: true });
    expect(readable.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    const latin1 = Buffer.from(lesson('Dos', `Caf\u00e9.\n\n${check('q2')}`), 'latin1');
    const { diagnostics } = await compileCourse({ files: files(latin1), validateOnly: true });
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.file} ${d.code}`)).toEqual(['lessons/two.es.md file-not-utf8']);
  });
});

describe('a mistake in the original course is not blamed on its translation', () => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'validate', 'interview-captions-not-in-language');
  const bytes = (file: string): Uint8Array => readFileSync(join(fixture, file));
  const scenario = (text: string): string => `id: audit\ntitle: Audit\nnodes:\n  intro:\n    text: ${text}\n    choices:\n      - { id: go, text: Go., recommended: true, goto: done }\n  done:\n    end: true\n    text: Done.\n    outcome: positive\n`;
  const files = (englishScenario: string, courseYml = 'id: fixture\ntitle: Fixture\nlanguages: [en, es]\nlessons: [lessons/one.md, lessons/two.md]\n'): Record<string, string | Uint8Array> => ({
    'course.yml': courseYml,
    'course.es.yml': 'title: Ficha\n',
    'lessons/one.md': '---\ntitle: One\n---\nIntro.\n\n::scenario{src="../scenarios/audit.yml"}\n',
    'lessons/one.es.md': '---\ntitle: Uno\n---\nIntro.\n\n::scenario{src="../scenarios/audit.yml"}\n',
    'scenarios/audit.yml': englishScenario,
    'scenarios/audit.es.yml': scenario('Empieza.'),
    // Its Spanish translation is missing: an error, and the only one it brings.
    'lessons/two.md': '---\ntitle: Two\n---\n::::interview{#amara speaker="Amara Okafor" audio="../media/amara.mp3" captions="../media/amara.en.vtt" transcript="../media/amara.md"}\nAmara has been a nurse for twenty years.\n::::\n',
    'media/amara.mp3': bytes('media/amara.mp3'),
    'media/amara.en.vtt': bytes('media/amara.es.vtt'),
    'media/amara.md': bytes('media/amara.md'),
  });
  const errorsAndWarnings = async (course: Record<string, string | Uint8Array>): Promise<string[]> =>
    (await compileCourse({ files: course, validateOnly: true })).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.file} ${d.code}`);

  it('a broken English scenario: its own errors, not a translation that "differs" from the lesson without it', async () => {
    expect(await errorsAndWarnings(files(scenario('Start.')))).toEqual(['course.yml translation-missing']);
    expect(await errorsAndWarnings(files(scenario('Start.').replace('outcome: positive', 'outcom: positive')))).toEqual(['course.yml translation-missing', 'scenarios/audit.yml schema-unknown-field']);
  });

  it('a mistake elsewhere in course.yml: translated lessons are still known as translations, not "not listed"', async () => {
    const broken = 'id: fixture\ntitle: Fixture\nlanguages: [en, es]\ntargets: [scorm]\nlessons: [lessons/one.md, lessons/two.md]\n';
    const codes = await errorsAndWarnings(files(scenario('Start.'), broken));
    expect(codes).not.toContain('lessons/one.es.md lesson-not-listed');
    expect(codes.filter((code) => code.endsWith('lesson-not-listed'))).toEqual([]);
  });
});

describe('sortDiagnostics with causes', () => {
  const at = (file: string, line: number) => ({ file, range: { start: { line, column: 1 } } });
  const target = makeDiagnostic('scenario-missing-target', { at: at('scenarios/b.yml', 9), values: { target: 'x', source: 'the choice "c" of "n"' } });
  const deadEnd = makeDiagnostic('scenario-dead-end', { at: at('scenarios/b.yml', 12), values: { node: 'n' } });
  const follower = makeDiagnostic('completion-rule-unmeetable', {
    at: at('course.yml', 5),
    values: { rule: 'scenarios', kind: 'scenario' },
    cause: { code: 'scenario-missing-target', at: at('scenarios/b.yml', 9), message: 'the missing node "x".' },
  });
  const other = makeDiagnostic('asset-missing', { at: at('lessons/a.md', 3), values: { path: 'a.png' } });

  it('lists a problem after its cause and the rest of the cause\'s file, even from an earlier file', () => {
    expect(sortDiagnostics([deadEnd, follower, target, other]).map((d) => d.code)).toEqual(['asset-missing', 'scenario-missing-target', 'scenario-dead-end', 'completion-rule-unmeetable']);
    expect(follower.related).toEqual([{ file: 'scenarios/b.yml', range: { start: { line: 9, column: 1 } }, message: 'Because of the missing node "x".' }]);
  });

  it('keeps a problem in its place when its cause is not in the list', () => {
    expect(sortDiagnostics([deadEnd, follower, other]).map((d) => d.code)).toEqual(['completion-rule-unmeetable', 'asset-missing', 'scenario-dead-end']);
  });
});
