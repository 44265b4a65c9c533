import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { maxMarkdownBytes } from '../../src/load/text-file-limits.js';
import { translationHash } from '../../src/parse/course/translation-files.js';
import { runCli, runCliWithoutPrivileges } from '../cli/run-cli.js';

const lesson = (title: string, words: string): string => `---\ntitle: ${title}\n---\n${words}\n`;
const welcome = lesson('Welcome', 'Check the chart together.');
const checks = lesson('Checks', 'Read the allergies aloud.');
/** A two-language course: welcome translated and up to date, checks not translated yet. */
const course: Record<string, string> = {
  'course.yml': 'id: handover\ntitle: Safe handover\nlanguages: [en, es]\nlessons: [lessons/welcome.md, lessons/checks.md]\n',
  'course.es.yml': 'title: Traspaso seguro\n',
  'lessons/welcome.md': welcome,
  'lessons/checks.md': checks,
  'lessons/welcome.es.md': `---\ntitle: Bienvenida\ntranslation-of: ${translationHash(welcome)}\n---\nRevisad juntos la historia.\n`,
};

const work = mkdtempSync(join(tmpdir(), 'cw-translate-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  for (const entry of readdirSync(work)) rmSync(join(work, entry), { recursive: true, force: true });
  for (const [path, text] of Object.entries(course)) write(join(work, 'course', path), text);
});

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}


/** A file named with its problem and hint, as the build prints it, and no crash report. */
function expectNamed(result: { code: number; stderr: string }, line: RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(line);
  expect(result.stderr).toContain('  hint: ');
  expect(result.stderr).not.toMatch(/internal error|please report|\n\s+at /i);
}

const tooLarge = /^course\/course\.yml:4:\d+ error "lessons\/welcome\.es\.md" is 131,073 bytes, more than the 128 KB coursewright reads from a Markdown file \(lesson or transcript\); it was not read\. {2}file-too-large$/m;

describe('translate status reads course files as the build does', () => {
  it('names a translation over the size limit, with its hint, and exits 1', () => {
    truncateSync(join(work, 'course/lessons/welcome.es.md'), maxMarkdownBytes + 1);
    const result = runCli(['translate', 'status', 'course'], work);
    expectNamed(result, tooLarge);
    expect(result.stderr).toContain('hint: Split the lesson into several lessons of at most 128 KB each');
    expect(result.stdout).toContain('es  missing    course/lessons/checks.es.md');
  });

  it('names an unreadable original and exits 1', () => {
    chmodSync(join(work, 'course/lessons/checks.md'), 0o000);
    const result = runCliWithoutPrivileges(['translate', 'status', 'course'], work);
    expectNamed(result, /^course\/course\.yml:4:\d+ error Could not read "lessons\/checks\.md": .*file-unreadable$/m);
  });
});

describe('translate export reads course files as the build does', () => {
  it('names an original over the size limit, writes nothing and exits 1', () => {
    write(join(work, 'course/lessons/checks.md'), '');
    truncateSync(join(work, 'course/lessons/checks.md'), maxMarkdownBytes + 1);
    const result = runCli(['translate', 'export', 'course', '--out', 'hand-off'], work);
    expectNamed(result, /^course\/course\.yml:4:\d+ error "lessons\/checks\.md" is 131,073 bytes, more than the 128 KB .*file-too-large$/m);
    expect(result.stderr).toContain('Nothing was written.');
    expect(existsSync(join(work, 'hand-off'))).toBe(false);
  });

  it('names an unreadable translation, writes nothing and exits 1', () => {
    chmodSync(join(work, 'course/lessons/welcome.es.md'), 0o000);
    const result = runCliWithoutPrivileges(['translate', 'export', 'course', '--out', 'hand-off'], work);
    expectNamed(result, /^course\/course\.yml:4:\d+ error Could not read "lessons\/welcome\.es\.md": .*file-unreadable$/m);
    expect(existsSync(join(work, 'hand-off'))).toBe(false);
  });
});

describe('translate import reads the translator’s files as the build does', () => {
  const handOff = (text: string): void => write(join(work, 'hand-off/lessons/checks.es.md'), text);
  const translated = `---\ntitle: Comprobaciones\ntranslation-of: ${translationHash(checks)}\n---\nLeed las alergias en voz alta.\n`;

  it('refuses a translated file over the size limit, at the file, and copies nothing', () => {
    handOff(translated);
    truncateSync(join(work, 'hand-off/lessons/checks.es.md'), maxMarkdownBytes + 1);
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expectNamed(result, /^hand-off\/lessons\/checks\.es\.md error "lessons\/checks\.es\.md" is 131,073 bytes, more than the 128 KB .*file-too-large$/m);
    expect(result.stderr).toContain('Nothing was copied.');
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);
  });

  it('refuses an unreadable translated file and copies nothing', () => {
    handOff(translated);
    chmodSync(join(work, 'hand-off/lessons/checks.es.md'), 0o000);
    const result = runCliWithoutPrivileges(['translate', 'import', 'hand-off', 'course'], work);
    expectNamed(result, /^hand-off\/lessons\/checks\.es\.md error Could not read "lessons\/checks\.es\.md": .*file-unreadable$/m);
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);
  });

  it('stops when a course file is over the limit, before copying anything', () => {
    handOff(translated);
    truncateSync(join(work, 'course/lessons/welcome.es.md'), maxMarkdownBytes + 1);
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expectNamed(result, tooLarge);
    expect(existsSync(join(work, 'course/lessons/checks.es.md'))).toBe(false);
  });

  it('copies the checked text into a new file: a link at the target name is replaced, not written through', () => {
    handOff(translated);
    const outside = join(work, 'outside.md');
    writeFileSync(outside, 'not part of the course');
    spawnSync('ln', ['-s', outside, join(work, 'course/lessons/checks.es.md')]);
    const result = runCli(['translate', 'import', 'hand-off', 'course'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('not part of the course');
    expect(readFileSync(join(work, 'course/lessons/checks.es.md'), 'utf8')).toBe(translated);
  });
});

describe('a build of a translated course reads course.yml once for each language', () => {
  async function build(files: Record<string, string>, refuse?: number) {
    const { compileCourse } = await import('../../src/compile.js');
    const { createMemorySource } = await import('../../src/load/course-source.js');
    const { SourceFileError } = await import('../../src/load/source-file-error.js');
    const memory = createMemorySource(files);
    const reads: number[] = [];
    const source = {
      ...memory,
      readText: (path: string) => {
        if (path === 'course.yml' && reads.push(reads.length + 1) === refuse) throw new SourceFileError(path, 'unreadable', { reason: 'it changed while the build ran' });
        return memory.readText(path);
      },
    };
    const result = await compileCourse({ source, validateOnly: true });
    return { reads, diagnostics: result.diagnostics.map((d) => `${d.file}:${d.range?.start.line} ${d.code}: ${d.message}`) };
  }

  it('checks course.es.yml against the course.yml its parse read, without reading it again', async () => {
    const { courseTextHash } = await import('../../src/parse/course/read-course-translation.js');
    const current = `translation-of: ${courseTextHash(course['course.yml']!)}\ntitle: Traspaso seguro\n`;
    const upToDate = await build({ ...course, 'course.es.yml': current });
    expect(upToDate.reads).toEqual([1, 2]);
    expect(upToDate.diagnostics).toEqual([
      'course.yml:4 translation-missing: Expected the es translation of "lessons/checks.md" in "lessons/checks.es.md", found none.',
    ]);
    const retitled = await build({ ...course, 'course.yml': course['course.yml']!.replace('Safe handover', 'Safer handover'), 'course.es.yml': current });
    expect(retitled.reads).toEqual([1, 2]);
    expect(retitled.diagnostics[0]).toMatch(/^course\.es\.yml:1 translation-stale: /);
  });

  it('names course.yml, never a crash, when the translation’s read of it is refused', async () => {
    const refused = await build(course, 2);
    expect(refused.reads).toEqual([1, 2]);
    expect(refused.diagnostics).toEqual(['course.yml:1 file-unreadable: Could not read "course.yml": it changed while the build ran.']);
  });
});
