import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeTestCourse } from '../support/runtime-test-course.js';
import { runCli } from './run-cli.js';

let work: string;

const extraCheck = (id: string) => [`:::check{#${id}}`, 'Banter is always harmless.', '', '- [ ] True', '- [x] False', ':::', ''].join('\n');

/** Writes a course folder and builds its SCORM 2004 package and report key into `out`. */
function build(folder: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, folder, path)), { recursive: true });
    writeFileSync(join(work, folder, path), text);
  }
  const result = runCli(['build', folder, '--target', 'scorm2004', '--out', 'out'], work);
  expect(result.code, result.stdout + result.stderr).toBe(0);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-compare-'));
  const recognising = runtimeTestCourse['lessons/recognising.md'] ?? '';
  build('last-year', { ...runtimeTestCourse, 'lessons/recognising.md': `${recognising}\n${extraCheck('q-banter')}` });
  // This year: one option reworded (its made id with it), one check dropped and another added, another version.
  build('this-year', {
    ...runtimeTestCourse,
    'course.yml': (runtimeTestCourse['course.yml'] ?? '').replace('version: "2027.1"', 'version: "2028.1"'),
    'lessons/recognising.md': `${recognising.replace('A colleague asks for help', 'A colleague asks you for help')}\n${extraCheck('q-jokes')}`,
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lastKey = 'out/respect-basics-scorm2004-2027.1.key.csv';
const thisKey = 'out/respect-basics-scorm2004-2028.1.key.csv';

describe('coursewright compare', () => {
  it('names the interactions and answer codes a report spanning two versions finds in one and not the other (exit 1)', () => {
    const result = runCli(['compare', lastKey, thisKey], work);
    expect(result.code).toBe(1);
    const id = (name: string) => `urn:coursewright:respect-basics/interactions/${name}`;
    expect(result.stdout).toContain(`Interactions only in the old key (1): reports of the new version will not have them.\n  ${id('q-banter')}: "Banter is always harmless."`);
    expect(result.stdout).toContain(`Response codes changed (1)`);
    expect(result.stdout).toContain("To keep an old code, end the option's line with {#<old code>}; coursewright pin-ids writes every other option's id in place, so no more of them move.");
    expect(result.stdout).toContain(`  ${id('q-signs')}: "Which of these is an early warning sign?"\n    gone: "a-colleague-asks-for-help" ("A colleague asks for help")\n    new:  "a-colleague-asks-you-for" ("A colleague asks you for help")`);
    expect(result.stdout).toContain(`Interactions only in the new key (1):\n  ${id('q-jokes')}`);
    expect(result.stdout).toContain('0 interaction(s) the same in both. Reports of the two versions do not line up');
    expect(result.stdout).not.toContain('Correct or recommended answers changed');
  });

  it('says when the reports line up (exit 0), and gives the same as JSON', () => {
    const same = runCli(['compare', lastKey, lastKey], work);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('2 interaction(s) the same in both. Reports of the two versions line up');
    const json = runCli(['compare', lastKey, thisKey, '--format', 'json'], work);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { lineUp: boolean; gone: { id: string }[]; changed: { gone: { code: string }[] }[] };
    expect(parsed).toMatchObject({ formatVersion: 1, lineUp: false, gone: [{ id: expect.stringMatching(/q-banter$/) }], changed: [{ gone: [{ code: 'a-colleague-asks-for-help' }] }] });
  });

  it('reports a right answer that changed, though the codes stayed', () => {
    build('answer-changed', { ...runtimeTestCourse, 'course.yml': (runtimeTestCourse['course.yml'] ?? '').replace('"2027.1"', '"2027.2"'), 'lessons/recognising.md': `${runtimeTestCourse['lessons/recognising.md'] ?? ''}\n${extraCheck('q-banter').replace('- [ ] True', '- [x] True').replace('- [x] False', '- [ ] False')}` });
    const result = runCli(['compare', lastKey, 'out/respect-basics-scorm2004-2027.2.key.csv'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Correct or recommended answers changed (1): scores of the two versions are not judged alike.');
    expect(result.stdout).toContain('    was "false", now "true"');
  });

  it('says so when the keys share no interaction, as those of two targets do', () => {
    const result = runCli(['build', 'last-year', '--target', 'scorm12', '--out', 'out'], work);
    expect(result.code).toBe(0);
    const targets = runCli(['compare', 'out/respect-basics-scorm12-2027.1.key.csv', lastKey], work);
    expect(targets.code).toBe(1);
    expect(targets.stdout).toContain('The keys have no interaction in common: compare the keys of one target');
    expect(runCli(['compare', lastKey, thisKey], work).stdout).not.toContain('no interaction in common');
  });

  it('in SCORM 1.2 keys, fails when two options swapped places: the codes are kept, the letters a report shows are not', () => {
    const recognising = runtimeTestCourse['lessons/recognising.md'] ?? '';
    const swapped = recognising.replace("- [ ] A colleague asks for help\n  Asking for help is healthy.\n- [x] Jokes at one person's expense\n  Yes: repeated jokes can isolate someone.", "- [x] Jokes at one person's expense\n  Yes: repeated jokes can isolate someone.\n- [ ] A colleague asks for help\n  Asking for help is healthy.");
    expect(swapped).not.toBe(recognising);
    for (const [folder, version, text] of [['letters-before', '2029.1', recognising], ['letters-after', '2029.2', swapped]] as const) {
      for (const [path, contents] of Object.entries({ ...runtimeTestCourse, 'course.yml': (runtimeTestCourse['course.yml'] ?? '').replace('"2027.1"', `"${version}"`), 'lessons/recognising.md': text })) {
        mkdirSync(dirname(join(work, folder, path)), { recursive: true });
        writeFileSync(join(work, folder, path), contents);
      }
      expect(runCli(['build', folder, '--target', 'scorm12', '--out', 'out'], work).code).toBe(0);
    }
    const result = runCli(['compare', 'out/respect-basics-scorm12-2029.1.key.csv', 'out/respect-basics-scorm12-2029.2.key.csv'], work);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('SCORM 1.2 letters that stand for another answer now (1)');
    expect(result.stdout).toContain('  q-signs: "Which of these is an early warning sign?"\n    "a": was "a-colleague-asks-for-help", now "jokes-at-one-persons-expense"\n    "b": was "jokes-at-one-persons-expense", now "a-colleague-asks-for-help"');
    expect(result.stdout).toContain('Reports of the two versions do not line up');
  });

  it('refuses a file that is not a report key, and one that is not there (exit 2)', () => {
    writeFileSync(join(work, 'notes.csv'), 'Name,Ward\nAmara,7B\n');
    const wrong = runCli(['compare', lastKey, 'notes.csv'], work);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('error: "notes.csv" is not a report key: it is not a coursewright report key: no column "Interaction id"');
    const missing = runCli(['compare', 'gone.key.csv', lastKey], work);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: Cannot read the report key "gone.key.csv"');
  });
});
