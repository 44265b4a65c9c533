import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { translationHash } from '../../src/parse/course/translation-files.js';
import { runCli } from './run-cli.js';

// A check whose options mostly have made ids (one written, one on a line ending in a space, as an
// editor may leave it), and a practice whose techniques take theirs from their bold labels.
const lesson = [
  '---',
  'title: Speaking up',
  '---',
  'What would you do?',
  '',
  ':::check{#q-first graded}',
  'A colleague jokes about a patient in the corridor. What is a good first step?',
  '',
  '- [x] Name what you heard, calmly ',
  '  Yes: calm and about the behaviour.',
  '- [ ] Say nothing until the next team meeting',
  '  Too late to help the patient now.',
  '- [ ] Laugh along to keep the peace {#laugh}',
  ':::',
  '',
  ':::practice{#p-moment mode=choose}',
  'A visitor keeps commenting on a nurse.',
  '',
  '- [x] **Direct:** Ask them to stop.',
  '  A good fit.',
  '- [ ] **Delay:** Raise it next month.',
  '  Too late.',
  ':::',
  '',
].join('\n');
const es = (original: string) =>
  [
    '---',
    'title: Alzar la voz',
    `translation-of: ${translationHash(original)}`,
    '---',
    '¿Qué harías?',
    '',
    ':::check{#q-first graded}',
    'Alguien bromea sobre un paciente en el pasillo. ¿Cuál es un buen primer paso?',
    '',
    '- [x] Nombrar lo que oíste, con calma {#name-what-you-heard-calmly}',
    '  Sí.',
    '- [ ] No decir nada hasta la próxima reunión {#say-nothing-until-the-next}',
    '  Demasiado tarde.',
    '- [ ] Reírse para no crear problemas {#laugh}',
    ':::',
    '',
    ':::practice{#p-moment mode=choose}',
    'Una visita no deja de comentar sobre una enfermera.',
    '',
    '- [x] **Directo:** Pedir que pare. {#direct}',
    '  Bien.',
    '- [ ] **Aplazar:** Decirlo el mes que viene. {#delay}',
    '  Tarde.',
    ':::',
    '',
  ].join('\n');
const course: Record<string, string> = {
  'course.yml': 'id: speak-up\ntitle: Speaking up\nlanguages: [en, es]\nlessons: [lessons/speak.md]\n',
  'course.es.yml': 'title: Alzar la voz\n',
  'lessons/speak.md': lesson,
  'lessons/speak.es.md': es(lesson),
};

const work = mkdtempSync(join(tmpdir(), 'cw-pin-ids-'));
const dir = join(work, 'course');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(course)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});
const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
const files = (): Record<string, string> => Object.fromEntries((readdirSync(dir, { recursive: true }) as string[]).filter((p) => p.includes('.')).map((p) => [p, read(p)]));

/** Each option's and technique's id, per block, and the course's problems. */
async function ids(): Promise<{ blocks: Record<string, string[]>; problems: string[] }> {
  const { course: parsed, diagnostics } = await compileCourse({ dir, validateOnly: true });
  const blocks: Record<string, string[]> = {};
  for (const block of parsed?.lessons.flatMap((l) => l.blocks) ?? []) {
    if (block.kind === 'check') blocks[block.id] = block.options.map((o) => o.id);
    if (block.kind === 'practice') blocks[block.id] = block.techniques.map((t) => t.id);
  }
  return { blocks, problems: diagnostics.map((d) => d.code) };
}

describe('pin-ids', () => {
  it('writes each made id at the end of its option line, and the course reads the same, its translation still up to date', async () => {
    const before = await ids();
    expect(before).toEqual({ blocks: { 'q-first': ['name-what-you-heard-calmly', 'say-nothing-until-the-next', 'laugh'], 'p-moment': ['direct', 'delay'] }, problems: [] });
    const result = runCli(['pin-ids', 'course'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('course: wrote 4 option ids into lessons/speak.md (4); 1 translation still up to date: lessons/speak.es.md.');
    const pinned = read('lessons/speak.md');
    expect(pinned.split('\n').filter((line) => line.startsWith('- ['))).toEqual([
      '- [x] Name what you heard, calmly {#name-what-you-heard-calmly}',
      '- [ ] Say nothing until the next team meeting {#say-nothing-until-the-next}',
      '- [ ] Laugh along to keep the peace {#laugh}',
      '- [x] **Direct:** Ask them to stop. {#direct}',
      '- [ ] **Delay:** Raise it next month. {#delay}',
    ]);
    // Nothing else changed in the lesson; the translation records the original's new hash.
    expect(pinned.replace(/ \{#(?!laugh)[a-z-]+\}/g, '')).toBe(lesson.replace('calmly ', 'calmly'));
    expect(read('lessons/speak.es.md')).toBe(es(lesson).replace(translationHash(lesson), translationHash(pinned)));
    // The same ids, and no problem (no translation-stale): the course is the same course.
    expect(await ids()).toEqual(before);
    // Now every option can be reworded and keep its code.
    writeFileSync(join(dir, 'lessons/speak.md'), pinned.replace('Say nothing until the next team meeting', 'Wait for the next team meeting'));
    expect((await ids()).blocks['q-first']).toEqual(before.blocks['q-first']);
  });

  it('has nothing to do a second time', () => {
    expect(runCli(['pin-ids', 'course'], work).code).toBe(0);
    const after = files();
    const again = runCli(['pin-ids', 'course'], work);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('every option and technique has its id written in its lesson; nothing to pin.');
    expect(files()).toEqual(after);
  });

  it('lists the ids and writes nothing with --dry-run', () => {
    const result = runCli(['pin-ids', 'course', '--dry-run'], work);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'course/lessons/speak.md:9  {#name-what-you-heard-calmly}',
      'course/lessons/speak.md:11  {#say-nothing-until-the-next}',
      'course/lessons/speak.md:19  {#direct}',
      'course/lessons/speak.md:21  {#delay}',
    ]);
    expect(files()).toEqual(course);
  });

  it.each([
    ['a backslash', '\\'],
    ['two spaces', '  '],
  ])('pins an option whose first line ends in a line break (%s), which the id takes the place of', async (_kind, lineBreak) => {
    writeFileSync(join(dir, 'lessons/speak.md'), lesson.replace('- [ ] **Delay:** Raise it next month.', `- [ ] **Delay:** Raise it next month.${lineBreak}`));
    const before = await ids();
    const result = runCli(['pin-ids', 'course'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(read('lessons/speak.md')).toContain('- [ ] **Delay:** Raise it next month. {#delay}\n  Too late.\n');
    expect((await ids()).blocks).toEqual(before.blocks);
  });

  it('leaves to the author, by its line, an option that would not read as before with its id written, in the dry run as in the run', async () => {
    // An option whose text starts on the line under its box (the id would go on the box's line, not
    // at the end of its words), and one whose words end in a backslash (which the id would take).
    const unusual = lesson.replace('- [ ] Say nothing until the next team meeting', '- [ ]\n  Say nothing until the next team meeting').replace('- [ ] **Delay:** Raise it next month.\n  Too late.', '- [ ] **Delay:** Raise it next month \\');
    writeFileSync(join(dir, 'lessons/speak.md'), unusual);
    const before = await ids();
    const named = ['course/lessons/speak.md:11: the id {#say-nothing-until-the-next} is not written here', 'course/lessons/speak.md:22: the id {#delay} is not written here'];
    const dryRun = runCli(['pin-ids', 'course', '--dry-run'], work);
    expect(dryRun.code).toBe(1);
    for (const line of named) expect(dryRun.stderr).toContain(line);
    expect(dryRun.stdout.trim().split('\n')).toEqual(['course/lessons/speak.md:9  {#name-what-you-heard-calmly}', 'course/lessons/speak.md:20  {#direct}']);
    expect(read('lessons/speak.md')).toBe(unusual);

    const result = runCli(['pin-ids', 'course'], work);
    expect(result.code).toBe(1);
    for (const line of named) expect(result.stderr).toContain(line);
    expect(result.stderr).toContain('course: wrote 2 option ids into lessons/speak.md (2)');
    expect(read('lessons/speak.md')).toContain('- [x] Name what you heard, calmly {#name-what-you-heard-calmly}\n');
    expect(read('lessons/speak.md')).toContain('- [ ]\n  Say nothing until the next team meeting\n');
    expect((await ids()).blocks).toEqual(before.blocks);
  });

  it('writes nothing in a course with an error, and says to fix it first', () => {
    writeFileSync(join(dir, 'lessons/speak.md'), lesson.replace('{#laugh}', '{#Laugh Along}'));
    const result = runCli(['pin-ids', 'course'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('invalid-id');
    expect(result.stderr).toContain('course: fix the errors first');
    expect(read('lessons/speak.md')).toBe(lesson.replace('{#laugh}', '{#Laugh Along}'));
  });
});
