import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { editionsCourseFiles, writeCourseFiles } from '../support-course/editions-course.js';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-editions-'));
  writeCourseFiles(join(work, 'courses', 'respect'), editionsCourseFiles());
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const zips = (): string[] => readdirSync(join(work, 'dist')).filter((name) => name.endsWith('.zip')).sort();

describe('coursewright build --edition', () => {
  it('builds every edition in every language by default, and says which is which', () => {
    const build = runCli(['build'], work);
    expect(build.code).toBe(0);
    expect(zips()).toEqual(['respect-employee-en-scorm12-1.0.zip', 'respect-employee-es-scorm12-1.0.zip', 'respect-manager-en-scorm12-1.0.zip', 'respect-manager-es-scorm12-1.0.zip']);
    expect(build.stdout).toMatch(/dist\/respect-manager-es-scorm12-1\.0\.zip {2}\d+ KB {2}edition manager, language es/);
  });

  it('builds only the editions named, repeated or comma-separated', () => {
    expect(runCli(['build', '--edition', 'manager'], work).code).toBe(0);
    expect(zips()).toEqual(['respect-manager-en-scorm12-1.0.zip', 'respect-manager-es-scorm12-1.0.zip']);
    rmSync(join(work, 'dist'), { recursive: true });
    expect(runCli(['build', '-e', 'manager,employee', '--target', 'xapi'], work).code).toBe(0);
    expect(zips()).toHaveLength(4);
    rmSync(join(work, 'dist'), { recursive: true });
    expect(runCli(['build', '--edition', 'employee', '--edition', 'manager', '--format', 'json'], work).stdout).toContain('"edition": "employee"');
  });

  it('stops with exit 2 on an edition the course does not define, naming the ones it does', () => {
    const build = runCli(['build', '--edition', 'managers'], work);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('Unknown edition "managers" (did you mean "manager"?) for "courses/respect"; expected one of: employee, manager.');
    expect(readdirSync(work)).toEqual(['courses']);
    expect(runCli(['validate', '--edition', 'trainee'], work).stderr).toContain('Unknown edition "trainee" for "courses/respect"; expected one of: employee, manager.');
  });

  it('checks every course of a catalogue for the edition before it builds any (course.yml as the build parsed it)', () => {
    // "respect" defines the edition; "basics" (listed after it) does not: neither is built.
    writeCourseFiles(join(work, 'courses', 'basics'), {
      'course.yml': 'id: basics\ntitle: Basics\nlanguage: en\nlessons:\n  - lessons/one.md\n',
      'lessons/one.md': '---\ntitle: One\n---\nEveryone deserves respect.\n',
    });
    const build = runCli(['build', '--edition', 'manager'], work);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('Unknown edition "manager": "courses/basics" defines no editions');
    expect(readdirSync(work)).toEqual(['courses']);
  });

  it('validates one edition', () => {
    const validate = runCli(['validate', '--edition', 'employee'], work);
    expect(validate.code).toBe(0);
    expect(validate.stderr).toContain('courses/respect: checked (0 errors, 0 warnings)');
    expect(runCli(['validate', '--edition', 'boss'], work).code).toBe(2);
  });
});

describe('coursewright translate status', () => {
  it('lists missing and stale translations with the hash to record, exit 1 until they are done', () => {
    const dir = join(work, 'courses', 'respect');
    writeCourseFiles(dir, { 'lessons/welcome.md': `${editionsCourseFiles()['lessons/welcome.md']!}\nOne more line.\n` });
    rmSync(join(dir, 'lessons', 'leading.es.md'));
    const status = runCli(['translate', 'status'], work);
    expect(status.code).toBe(1);
    expect(status.stdout.split('\n').filter(Boolean).map((line) => line.replace(/[0-9a-f]{8}$/, '<hash>'))).toEqual([
      'es  stale      courses/respect/lessons/welcome.es.md  update from lessons/welcome.md, then set translation-of: <hash>',
      'es  missing    courses/respect/lessons/leading.es.md  copy lessons/leading.md, translate it, set translation-of: <hash>',
    ]);
    expect(status.stderr).toContain('courses/respect es: 1 up to date, 1 stale, 1 missing, 0 without translation-of');
  });

  it('exits 0 when every translation is up to date', () => {
    const status = runCli(['translate', 'status', '--all'], work);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('es  current    courses/respect/course.es.yml');
  });
});
