import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { courseTextHash } from '../../src/parse/course/read-course-translation.js';
import { translationHash } from '../../src/parse/course/translation-files.js';
import { runCli } from './run-cli.js';

const lesson = (title: string, id: string, words: string): string => `---\ntitle: ${title}\n---\n${words}\n\n:::reflection{#${id}}\nWhat do you check first?\n:::\n`;
const courseYml = 'id: handover\ntitle: Safe handover\nlanguages: [en, es]\nlessons: [lessons/welcome.md, lessons/checks.md, lessons/closing.md]\n';
const original: Record<string, string> = {
  'course.yml': courseYml,
  'lessons/welcome.md': lesson('Welcome', 'first-thought', 'Check the chart together.'),
  'lessons/checks.md': lesson('Checks', 'checks-first', 'Read the allergies aloud.'),
  'lessons/closing.md': lesson('Closing', 'closing-thought', 'Hand over in a quiet place, away from the bays.'),
};
/** A course with one translation up to date (welcome), one missing (checks) and one stale (closing). */
const course: Record<string, string> = {
  ...original,
  'course.es.yml': `translation-of: ${courseTextHash(courseYml)}\ntitle: Traspaso seguro\n`,
  'lessons/welcome.es.md': `---\ntitle: Bienvenida\ntranslation-of: ${translationHash(original['lessons/welcome.md']!)}\n---\nRevisad juntos la historia.\n\n:::reflection{#first-thought}\n¿Qué revisas primero?\n:::\n`,
  'lessons/closing.es.md': '---\ntitle: Cierre\ntranslation-of: deadbeef\n---\nHaced el traspaso en un lugar tranquilo.\n\n:::reflection{#closing-thought}\n¿Qué revisas primero?\n:::\n',
};

const work = mkdtempSync(join(tmpdir(), 'cw-translate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  for (const entry of readdirSync(work)) rmSync(join(work, entry), { recursive: true, force: true });
  for (const [path, text] of Object.entries(course)) write(join(work, 'course', path), text);
});

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
const read = (path: string): string => readFileSync(join(work, path), 'utf8');
const listed = (dir: string): string[] => (readdirSync(join(work, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(work, dir).length + 1)) as string[]).sort();

/** What a translator sends back: the exported files with their English words translated. */
function translate(): void {
  write(join(work, 'hand-off/lessons/checks.es.md'), read('hand-off/lessons/checks.es.md').replace('title: Checks', 'title: Comprobaciones').replace('Read the allergies aloud.', 'Leed las alergias en voz alta.').replace('What do you check first?', '¿Qué revisas primero?'));
  write(join(work, 'hand-off/lessons/closing.es.md'), read('hand-off/lessons/closing.es.md').replace('Haced el traspaso en un lugar tranquilo.', 'Haced el traspaso en un lugar tranquilo, lejos de las camas.'));
}

describe('coursewright translate export', () => {
  it('writes the missing and stale translations with the current hashes, what changed, and a README', () => {
    const result = runCli(['translate', 'export', 'course', '--language', 'es', '--out', 'hand-off'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(listed('hand-off')).toEqual(['.coursewright-export.json', 'README.txt', 'lessons/checks.es.md', 'lessons/closing.es.md', 'lessons/closing.es.md.changes.md']);
    expect(read('hand-off/lessons/checks.es.md')).toBe(`---\ntitle: Checks\ntranslation-of: ${translationHash(original['lessons/checks.md']!)}\n---\nRead the allergies aloud.\n\n:::reflection{#checks-first}\nWhat do you check first?\n:::\n`);
    expect(read('hand-off/lessons/closing.es.md')).toBe(course['lessons/closing.es.md']!.replace('deadbeef', translationHash(original['lessons/closing.md']!)));
    expect(read('hand-off/lessons/closing.es.md.changes.md')).toContain('## lessons/closing.md now\n\n```markdown\n---\ntitle: Closing\n');
    expect(read('hand-off/lessons/closing.es.md.changes.md')).not.toContain('```diff'); // no git history here
    const readme = read('hand-off/README.txt');
    expect(readme).toContain('lessons/checks.es.md  (new, from lessons/checks.md)');
    expect(readme).toContain('lessons/closing.es.md  (update; see lessons/closing.es.md.changes.md, from lessons/closing.md)');
    expect(readme).not.toContain('welcome');
  });

  it('writes, too, a translation that records no translation-of, which status lists: to check against the original', () => {
    write(join(work, 'course/lessons/welcome.es.md'), course['lessons/welcome.es.md']!.replace(/translation-of: \w+\n/, ''));
    expect(runCli(['translate', 'status', 'course'], work).stdout).toContain('untracked');
    const result = runCli(['translate', 'export', 'course', '--language', 'es', '--out', 'hand-off'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(listed('hand-off')).toContain('lessons/welcome.es.md.changes.md');
    expect(read('hand-off/lessons/welcome.es.md')).toContain(`translation-of: ${translationHash(original['lessons/welcome.md']!)}\n`);
    expect(read('hand-off/lessons/welcome.es.md.changes.md')).toContain('does not say which version of lessons/welcome.md it was translated from');
    expect(read('hand-off/README.txt')).toContain('lessons/welcome.es.md  (check against the original; see lessons/welcome.es.md.changes.md, from lessons/welcome.md)');
    expect(result.stderr).toContain('3 files to translate');
  });

  it('shows a diff from the version translated when the course is in a git repository', () => {
    const dir = join(work, 'course');
    const before = 'Hand over at the bedside.';
    const git = (...args: string[]): string => execFileSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
    git('init', '--quiet');
    const earlier = original['lessons/closing.md']!.replace('Hand over in a quiet place, away from the bays.', before);
    write(join(dir, 'lessons/closing.md'), earlier);
    write(join(dir, 'lessons/closing.es.md'), course['lessons/closing.es.md']!.replace('deadbeef', translationHash(earlier)));
    git('add', '.');
    git('commit', '--quiet', '-m', 'translated');
    write(join(dir, 'lessons/closing.md'), original['lessons/closing.md']!);
    git('commit', '--quiet', '-am', 'closing changed');
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    const changes = read('hand-off/lessons/closing.es.md.changes.md');
    expect(changes).toContain('```diff\n--- lessons/closing.md (when translated)\n+++ lessons/closing.md (now)\n@@ -1,7 +1,7 @@\n');
    expect(changes).toContain(`\n-${before}\n+Hand over in a quiet place, away from the bays.\n`);
  });

  it('writes the same bytes every time', () => {
    expect(runCli(['translate', 'export', 'course', '--out', 'a'], work).code).toBe(0);
    expect(runCli(['translate', 'export', 'course', '--out', 'b'], work).code).toBe(0);
    expect(listed('b')).toEqual(listed('a'));
    for (const file of listed('a')) expect(read(join('b', file))).toBe(read(join('a', file)));
  });

  it('starts a missing course.es.yml from the translatable fields, and refuses a folder that is not empty, or a file', () => {
    rmSync(join(work, 'course/course.es.yml'));
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    expect(read('hand-off/course.es.yml')).toBe(`translation-of: ${courseTextHash(courseYml)}\ntitle: Safe handover\n`);
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(2);
    write(join(work, 'a-file'), 'not a folder');
    const file = runCli(['translate', 'export', 'course', '--out', 'a-file'], work);
    expect(file.code, file.stderr).toBe(2);
    expect(file.stderr).toContain('error: "a-file" is not an empty folder.');
  });
});

describe('coursewright translate import', () => {
  it('copies a translated folder back: status says up to date and validate is clean', async () => {
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    translate();
    const dry = runCli(['translate', 'import', 'hand-off', 'course', '--dry-run'], work);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.trim().split('\n')).toEqual(['would add  hand-off/lessons/checks.es.md → course/lessons/checks.es.md', 'would replace  hand-off/lessons/closing.es.md → course/lessons/closing.es.md']);
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);

    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(['added  hand-off/lessons/checks.es.md → course/lessons/checks.es.md', 'replaced  hand-off/lessons/closing.es.md → course/lessons/closing.es.md']);
    expect(read('course/lessons/checks.es.md')).toContain('Leed las alergias en voz alta.');
    const status = runCli(['translate', 'status', 'course'], work);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stderr).toContain('course es: 4 up to date, 0 stale, 0 missing, 0 without translation-of');
    const validate = runCli(['validate', 'course'], work);
    expect(validate.code, validate.stderr).toBe(0);
    expect((await compileCourse({ dir: join(work, 'course'), validateOnly: true })).diagnostics).toEqual([]);
  });

  it('leaves out a file sent back as it was exported, which would mark words never translated as up to date', () => {
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    const untouched = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(untouched.code).toBe(1);
    expect(untouched.stderr).toContain('hand-off/lessons/checks.es.md: left out; it is as it was exported, so not translated. Translate it, or import again with --force if it needs no change.');
    expect(untouched.stderr).toContain('hand-off: nothing imported; no file was translated since the export.');
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);
    expect(runCli(['translate', 'status', 'course'], work).stderr).toContain('1 stale, 1 missing');
    // One translated, one not (its line ends turned to CRLF on the way, which is no translation).
    write(join(work, 'hand-off/lessons/checks.es.md'), read('hand-off/lessons/checks.es.md').replace('Read the allergies aloud.', 'Leed las alergias en voz alta.'));
    write(join(work, 'hand-off/lessons/closing.es.md'), read('hand-off/lessons/closing.es.md').replace(/\n/g, '\r\n'));
    const partly = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(partly.code, partly.stderr).toBe(0);
    expect(partly.stdout.trim().split('\n')).toEqual(['added  hand-off/lessons/checks.es.md → course/lessons/checks.es.md']);
    expect(partly.stderr).toContain('1 file imported (1 left out, not translated)');
    expect(read('course/lessons/closing.es.md')).toBe(course['lessons/closing.es.md']);
    // The author says it needs no change.
    expect(runCli(['translate', 'import', 'hand-off', 'course', '--force'], work).stdout).toContain('replaced  hand-off/lessons/closing.es.md → course/lessons/closing.es.md');
  });

  it('never undoes, without a word, a translation the author changed in the course after the export: nothing is copied unless --force', () => {
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    translate();
    const edited = `${read('course/lessons/closing.es.md')}\nUna corrección del autor.\n`;
    write(join(work, 'course/lessons/closing.es.md'), edited);
    const refused = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('course/lessons/closing.es.md: changed in the course since the export; hand-off/lessons/closing.es.md would replace those changes.');
    expect(refused.stderr).toContain('not imported; nothing was copied');
    expect(read('course/lessons/closing.es.md')).toBe(edited);
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);
    const forced = runCli(['translate', 'import', 'hand-off', 'course', '--force'], work);
    expect(forced.code, forced.stderr).toBe(0);
    expect(read('course/lessons/closing.es.md')).not.toContain('Una corrección del autor.');
  });

  it('refuses a translation that renames a block id, at its line, and copies nothing', () => {
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    translate();
    write(join(work, 'hand-off/lessons/checks.es.md'), read('hand-off/lessons/checks.es.md').replace('#checks-first', '#comprobar-primero'));
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('hand-off/lessons/checks.es.md:7:1 error The block ids here differ from the original "lessons/checks.md": expected "checks-first", found "comprobar-primero".  translation-structure-mismatch');
    expect(result.stderr).toContain('Nothing was copied.');
    expect(result.stdout).toBe('');
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);
    expect(read('course/lessons/closing.es.md')).toBe(course['lessons/closing.es.md']);
  });

  it('refuses a file that would not parse, and copies nothing', () => {
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    translate();
    write(join(work, 'hand-off/lessons/checks.es.md'), read('hand-off/lessons/checks.es.md').replace('title: Comprobaciones', 'title: "Comprobaciones'));
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^hand-off\/lessons\/checks\.es\.md:3:25 error This YAML cannot be read: .*yaml-syntax$/m);
    expect(result.stderr).toContain('Nothing was copied.');
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);
    expect(read('course/lessons/closing.es.md')).toBe(course['lessons/closing.es.md']);
  });

  it('keeps the report ids of options whose ids are made from their words, so translating the words keeps them', async () => {
    const checks = '---\ntitle: Checks\n---\n:::check{#q-sbar}\nWhich part comes first?\n\n- [x] Situation\n  Right: say who and what first.\n- [ ] Allergies {#allergies}\n- [ ] Assessment\n:::\n\n:::practice{#p-pause mode=choose}\nA colleague is interrupted mid-handover.\n\n- [x] **Pause:** Ask for a minute.\n- [ ] **Carry on:** Talk over it.\n:::\n';
    write(join(work, 'course/lessons/checks.md'), checks);
    expect(runCli(['translate', 'export', 'course', '--out', 'hand-off'], work).code).toBe(0);
    const exported = read('hand-off/lessons/checks.es.md');
    // Each option without an id is given the one made from its words; an id already there stays alone.
    for (const line of ['- [x] Situation {#situation}', '- [ ] Allergies {#allergies}', '- [ ] Assessment {#assessment}', '- [x] **Pause:** Ask for a minute. {#pause}', '- [ ] **Carry on:** Talk over it. {#carry-on}']) expect(exported).toContain(`${line}\n`);
    expect(exported).toContain('  Right: say who and what first.\n');
    expect(read('hand-off/README.txt')).toContain('also at\n     the end of each answer option');
    const spanish = exported.replace('title: Checks', 'title: Comprobaciones').replace('Situation', 'Situación').replace('Allergies', 'Alergias').replace('Assessment', 'Valoración').replace('Pause:', 'Pausa:').replace('Carry on:', 'Seguir:');
    write(join(work, 'hand-off/lessons/checks.es.md'), spanish);
    rmSync(join(work, 'hand-off/lessons/closing.es.md'));
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(result.code, result.stderr).toBe(0);
    const { variants, diagnostics } = await compileCourse({ dir: join(work, 'course'), validateOnly: true });
    expect(diagnostics.filter((d) => d.code === 'translation-structure-mismatch')).toEqual([]);
    const options = (language: string): string[] => variants.find((v) => v.language === language)!.lessons[1]!.blocks.flatMap((b) => (b.kind === 'check' ? b.options.map((o) => o.id) : b.kind === 'practice' ? b.techniques.map((t) => t.id) : []));
    expect(options('es')).toEqual(['situation', 'allergies', 'assessment', 'pause', 'carry-on']);
    expect(options('es')).toEqual(options('en'));
    // A translated option that lost its id is shown at its own line, with what to write.
    write(join(work, 'course/lessons/checks.es.md'), spanish.replace('Alergias {#allergies}', 'Alergias'));
    const lost = (await compileCourse({ dir: join(work, 'course'), validateOnly: true })).diagnostics.find((d) => d.code === 'translation-structure-mismatch');
    expect(lost?.range?.start.line).toBe(spanish.split('\n').findIndex((line) => line.includes('Alergias')) + 1);
    expect(lost?.hint).toContain('end each one with the original\'s id, e.g. "- [ ] Alergias {#allergies}"');
    // The other way round: an original reworded, its made id with it; the translation has the id its answers were reported under.
    expect(lost?.hint).toContain('to keep the old one, end the original option with the id found here');
  });

  it('skips files that are not translations of the course files', () => {
    write(join(work, 'hand-off/lessons/other.es.md'), '---\ntitle: Otra\n---\nNada.\n');
    write(join(work, 'hand-off/lessons/checks.fr.md'), '---\ntitle: Contrôles\n---\nRien.\n');
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('hand-off/lessons/other.es.md: skipped; not the translation of a file in course.');
    expect(result.stderr).toContain('hand-off/lessons/checks.fr.md: skipped; not the translation of a file in course: "fr" is not one of its languages (course.yml "languages": en, es).');
    expect(existsSync(join(work, 'course/lessons/other.es.md'))).toBe(false);
  });

  it('names the translation a skipped file most likely is: its name in other capitals, or in another folder', () => {
    write(join(work, 'hand-off/Lessons/Checks.ES.md'), '---\ntitle: Comprobaciones\n---\nNada.\n');
    write(join(work, 'hand-off/closing.es.md'), '---\ntitle: Cierre\n---\nNada.\n');
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('hand-off/Lessons/Checks.ES.md: skipped; not the translation of a file in course. Did you mean "lessons/checks.es.md"? Rename it to that and import again.');
    expect(result.stderr).toContain('hand-off/closing.es.md: skipped; not the translation of a file in course. Did you mean "lessons/closing.es.md"? Rename it to that and import again.');
    // Where the folder has that file too, the other is only skipped.
    write(join(work, 'hand-off/lessons/closing.es.md'), '---\ntitle: Cierre\n---\nNada.\n');
    expect(runCli(['translate', 'import', 'hand-off', 'course', '--dry-run'], work).stderr).toContain('hand-off/closing.es.md: skipped; not the translation of a file in course.\n');
  });
});
