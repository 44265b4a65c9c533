import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'validate');
const red = '\x1b[31m';
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-output-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A course whose one lesson has `warnings` insecure links and, optionally, one broken link. */
function courseWithWarnings(warnings: number, brokenLink = false): string {
  cpSync(join(fixtures, 'link-insecure'), join(work, 'course'), { recursive: true });
  const links = Array.from({ length: warnings }, (_, i) => `See [page ${i}](http://intranet.example.org/p${i}).`);
  const body = [...links, ...(brokenLink ? ['See [the policy](policy.md).'] : [])].join('\n\n');
  writeFileSync(join(work, 'course', 'lessons', 'one.md'), `---\ntitle: One\n---\n${body}\n`);
  return 'course';
}

describe('colour', () => {
  it('FORCE_COLOR colours diagnostics on a pipe, even with NO_COLOR; FORCE_COLOR=0 turns colour off', () => {
    cpSync(join(fixtures, 'link-broken'), join(work, 'course'), { recursive: true });
    expect(runCli(['validate', 'course'], work, { NO_COLOR: undefined }).stderr).not.toContain(red); // a pipe: no colour
    expect(runCli(['validate', 'course'], work, { FORCE_COLOR: '1' }).stderr).toContain(`${red}error`);
    expect(runCli(['validate', 'course'], work, { NO_COLOR: undefined, FORCE_COLOR: '' }).stderr).toContain(`${red}error`);
    expect(runCli(['validate', 'course'], work, { NO_COLOR: undefined, FORCE_COLOR: '0' }).stderr).not.toContain('\x1b[');
  });

  it('TERM=dumb and NO_COLOR keep escape codes out', async () => {
    const { useColor } = await import('../../src/cli/terminal.js');
    expect(useColor({}, true)).toBe(true);
    expect(useColor({ TERM: 'dumb' }, true)).toBe(false);
    expect(useColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor({ TERM: 'dumb', FORCE_COLOR: '2' }, false)).toBe(true);
    cpSync(join(fixtures, 'link-broken'), join(work, 'course'), { recursive: true });
    expect(runCli(['validate', 'course'], work, { NO_COLOR: undefined, TERM: 'dumb' }).stderr).not.toContain('\x1b[');
  });
});

describe('--quiet', () => {
  it('validate --quiet prints errors and the summary, not warnings; the exit code is unchanged', () => {
    const course = courseWithWarnings(2, true);
    const loud = runCli(['validate', course], work);
    expect(loud.stderr).toContain('link-insecure');
    const quiet = runCli(['validate', course, '--quiet'], work);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toContain('error The link "policy.md" points to no lesson in this course.  link-broken');
    expect(quiet.stderr).not.toContain('link-insecure');
    expect(quiet.stderr.trim().split('\n').at(-1)).toBe('course: failed (1 error, 2 warnings)');
  });

  it('build -q with only warnings prints just the summary line, exits 0 and still writes the package', () => {
    const course = courseWithWarnings(3);
    const quiet = runCli(['build', course, '-q'], work);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr.trim()).toBe('course: built (0 errors, 3 warnings)');
    expect(quiet.stdout).toBe('');
    expect(readdirSync(join(work, 'dist'))).toContain('fixture-scorm12-1.0.zip');
  });
});

describe('--format json', () => {
  it('carries formatVersion 1 at the top of build, validate and inspect output', () => {
    runCli(['init', 'c'], work);
    const build = JSON.parse(runCli(['build', 'c', '--format', 'json'], work).stdout) as { formatVersion: number; courses: { artifacts: { file: string }[] }[] };
    expect(build.formatVersion).toBe(1);
    const validate = JSON.parse(runCli(['validate', 'c', '--format', 'json'], work).stdout) as { formatVersion: number };
    expect(validate.formatVersion).toBe(1);
    const zip = build.courses[0]?.artifacts[0]?.file ?? '';
    const inspect = JSON.parse(runCli(['inspect', zip, '--format', 'json'], work).stdout) as { formatVersion: number; packages: unknown[] };
    expect(inspect.formatVersion).toBe(1);
    expect(inspect.packages).toHaveLength(1);
  });
});

describe('diagnostics per file', () => {
  it('prints 50 diagnostics of a file with 200 warnings, then "… and 150 more"; JSON keeps all 200', () => {
    const course = courseWithWarnings(200);
    const text = runCli(['validate', course], work);
    expect(text.code).toBe(0);
    expect(text.stderr.match(/ warning .*link-insecure/g)).toHaveLength(50);
    expect(text.stderr).toContain('… and 150 more in course/lessons/one.md');
    expect(text.stderr).toContain('course: checked (0 errors, 200 warnings)');
    const json = JSON.parse(runCli(['validate', course, '--format', 'json'], work).stdout) as { courses: { diagnostics: unknown[] }[] };
    expect(json.courses[0]?.diagnostics).toHaveLength(200);
  });
});
