import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { targetNames } from '../../src/model/site.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'validate');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-cli-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('coursewright CLI', () => {
  it('scaffolds a course with init that then builds into a SCORM 1.2 zip', () => {
    const init = runCli(['init', 'courses/safe-handover', '--title', 'Safe handover'], work);
    expect(init.code).toBe(0);
    const build = runCli(['build'], work);
    expect(build.stderr).toContain('courses/safe-handover: built (0 errors, 0 warnings)');
    expect(build.code).toBe(0);
    expect(readdirSync(join(work, 'dist')).sort()).toEqual(['safe-handover-scorm12-1.0.key.csv', 'safe-handover-scorm12-1.0.key.html', 'safe-handover-scorm12-1.0.zip']);
    expect(build.stdout).toContain('dist/safe-handover-scorm12-1.0.zip');
  });

  it('keeps working and exits with its own code when the reader of its output goes away (| grep -q, | head, | true)', () => {
    const init = runCli(['init', 'course', '--title', 'Piped'], work);
    expect(init.code).toBe(0);
    // `true` reads nothing and exits at once: every line the CLI writes later meets a closed pipe.
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" build course --target scorm12,xapi 2>err.txt | true; echo "\${PIPESTATUS[0]}"`], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(piped.stdout.trim()).toBe('0');
    const err = readFileSync(join(work, 'err.txt'), 'utf8');
    expect(err).toContain('course: built (0 errors, 0 warnings)');
    expect(err).not.toContain('EPIPE');
    expect(readdirSync(join(work, 'dist')).filter((name) => name.endsWith('.zip'))).toHaveLength(2);
  });

  it('builds a course folder named twice, spelt two ways, once', () => {
    expect(runCli(['init', 'courses/twice', '--title', 'Twice'], work).code).toBe(0);
    const build = runCli(['build', 'courses/twice', './courses/twice/'], work);
    expect(build.stderr).toContain('courses/twice: built (0 errors, 0 warnings)');
    expect(build.code).toBe(0);
    expect(build.stderr.match(/built \(/g)).toHaveLength(1);
    expect(readdirSync(join(work, 'dist')).filter((name) => name.endsWith('.zip'))).toEqual(['twice-scorm12-1.0.zip']);
  });

  it('refuses to init over an existing folder (exit 2) and leaves it untouched', () => {
    writeFileSync(join(work, 'notes.txt'), 'mine');
    const init = runCli(['init', '.'], work);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('not empty');
    expect(readdirSync(work)).toEqual(['notes.txt']);
  });

  it('refuses to init over a file (exit 2), not with an internal error', () => {
    writeFileSync(join(work, 'notes.txt'), 'mine');
    const init = runCli(['init', 'notes.txt'], work);
    expect(init.code).toBe(2);
    expect(readFileSync(join(work, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('reports content errors with file:line:column, code and hint, exits 1 and writes no zip', () => {
    cpSync(join(fixtures, 'link-broken'), join(work, 'course'), { recursive: true });
    const build = runCli(['build', 'course'], work);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('course/lessons/one.md:4:5 error The link "policy.md" points to no lesson in this course.  link-broken');
    expect(build.stderr).toContain('hint: Link to another lesson by its file');
    expect(build.stderr).not.toMatch(/at \S+\.(js|ts):\d+/); // no stack trace
    expect(existsSync(join(work, 'dist')) ? readdirSync(join(work, 'dist')) : []).toEqual([]);
  });

  it('prints the same diagnostics as JSON with --format json', () => {
    cpSync(join(fixtures, 'unknown-directive'), join(work, 'course'), { recursive: true });
    const result = runCli(['validate', 'course', '--format', 'json'], work);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { ok: boolean; courses: { diagnostics: { code: string; file: string; range: { start: { line: number } } }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.courses[0]?.diagnostics[0]).toMatchObject({ code: 'unknown-directive', file: 'lessons/one.md', range: { start: { line: 6 } } });
  });

  it('exits 2 on usage errors: unknown target, missing folder, unknown option', () => {
    runCli(['init', 'c'], work);
    expect(runCli(['build', 'c', '--target', 'scorm13'], work)).toMatchObject({ code: 2 });
    expect(runCli(['build', 'c', '--target', 'scorm13'], work).stderr).toContain(`Unknown target "scorm13"; expected one of: ${targetNames.join(', ')}.`);
    expect(runCli(['build', 'c', '--target', 'scrom12'], work).stderr).toContain('Did you mean "scorm12"?');
    expect(runCli(['build', 'c', '--target', 'SCORM2004'], work).stderr).toContain('Did you mean "scorm2004"?');
    expect(runCli(['build', 'nowhere'], work).code).toBe(2);
    expect(runCli(['build', '--bogus'], work).code).toBe(2);
  });

  it('builds the targets named by --target, each once, in one run', () => {
    runCli(['init', 'c'], work);
    const build = runCli(['build', 'c', '--target', 'xapi, cmi5,xapi'], work);
    expect(build.code).toBe(0);
    expect(readdirSync(join(work, 'dist')).filter((name) => name.endsWith('.zip')).sort()).toEqual(['c-cmi5-1.0.zip', 'c-xapi-1.0.zip']);
    // Each package, then its report key.
    expect(build.stdout.split('\n').filter(Boolean).map((line) => line.split(/\s+/)[0])).toEqual([
      'dist/c-xapi-1.0.zip', 'dist/c-xapi-1.0.key.csv', 'dist/c-xapi-1.0.key.html',
      'dist/c-cmi5-1.0.zip', 'dist/c-cmi5-1.0.key.csv', 'dist/c-cmi5-1.0.key.html',
    ]);
  });

  it('refuses an empty target list (exit 2), naming the targets there are, and builds nothing', () => {
    runCli(['init', 'c'], work);
    for (const value of [',,', '', ' , ']) {
      const build = runCli(['build', 'c', '--target', value], work);
      expect(build.code, JSON.stringify(value)).toBe(2);
      expect(build.stderr).toContain(`error: Expected at least one target after --target, found none; expected one or more of: ${targetNames.join(', ')}`);
    }
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });

  it('builds byte-identical packages from the same sources', () => {
    runCli(['init', 'c'], work);
    runCli(['build', 'c', '--out', 'one'], work);
    runCli(['build', 'c', '--out', 'two'], work);
    const one = readFileSync(join(work, 'one', 'c-scorm12-1.0.zip'));
    const two = readFileSync(join(work, 'two', 'c-scorm12-1.0.zip'));
    expect(one.length).toBeGreaterThan(1000);
    expect(one.equals(two)).toBe(true);
  });

  it('builds each package byte for byte the same with the other targets as alone, and the web folder with the media as it is', () => {
    runCli(['init', 'c'], work);
    // A stored (precompressed) picture: the packages after the first start with a copy of the
    // first one's media part (write-zip.test.ts), which must give the bytes writing it would.
    writeFileSync(join(work, 'c', 'media', 'photo.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
    const lesson = join(work, 'c', 'lessons', 'welcome.md');
    writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\n![The ward at night](../media/photo.png)\n`);
    expect(runCli(['build', 'c', '--target', targetNames.join(','), '--out', 'all'], work).code).toBe(0);
    for (const target of ['xapi', 'web']) {
      expect(runCli(['build', 'c', '--target', target, '--out', `alone-${target}`], work).code).toBe(0);
      const together = readFileSync(join(work, 'all', `c-${target}-1.0.zip`));
      expect(together.includes(Buffer.from('media/photo.png')), target).toBe(true);
      expect(together.equals(readFileSync(join(work, `alone-${target}`, `c-${target}-1.0.zip`))), target).toBe(true);
    }
    // The web target's unpacked folder has the course's media as it is.
    for (const file of ['photo.png', 'welcome.svg']) {
      expect(readFileSync(join(work, 'all', 'c-web-1.0', 'media', file)).equals(readFileSync(join(work, 'c', 'media', file))), file).toBe(true);
    }
  });

  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'], work).stdout.trim()).toBe(pkg.version);
    const help = runCli(['build', '--help'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--target');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(targetNames.join(', '));
  });

  it('refuses two folders that would write the same package, whatever the version spelling (exit 2), and writes neither', () => {
    runCli(['init', 'courses/a', '--title', 'A'], work);
    cpSync(join(work, 'courses', 'a'), join(work, 'courses', 'b'), { recursive: true });
    // b spells no version at all: the default "1.0" still names its package like a's "1.0".
    const courseYml = join(work, 'courses', 'b', 'course.yml');
    writeFileSync(courseYml, readFileSync(courseYml, 'utf8').replace('version: "1.0"\n', '').replace('id: b', 'id: a'));
    const build = runCli(['build'], work);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('"courses/a" and "courses/b" would both write the package "a-scorm12-1.0.zip"');
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });

  it('refuses a numeric version that names the same package as a quoted one (exit 2)', () => {
    runCli(['init', 'courses/a'], work);
    cpSync(join(work, 'courses', 'a'), join(work, 'courses', 'b'), { recursive: true });
    const courseYml = join(work, 'courses', 'b', 'course.yml');
    writeFileSync(courseYml, readFileSync(courseYml, 'utf8').replace('version: "1.0"', 'version: 1.0').replace('id: b', 'id: a'));
    const build = runCli(['build', '--target', 'scorm12,web'], work);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('would both write the package "a-scorm12-1.0.zip"');
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });

  it('builds two courses whose packages differ only by version', () => {
    runCli(['init', 'courses/a'], work);
    cpSync(join(work, 'courses', 'a'), join(work, 'courses', 'b'), { recursive: true });
    const courseYml = join(work, 'courses', 'b', 'course.yml');
    writeFileSync(courseYml, readFileSync(courseYml, 'utf8').replace('version: "1.0"', 'version: "1.1"').replace('id: b', 'id: a'));
    const build = runCli(['build'], work);
    expect(build.code).toBe(0);
    expect(readdirSync(join(work, 'dist')).filter((f) => f.endsWith('.zip')).sort()).toEqual(['a-scorm12-1.0.zip', 'a-scorm12-1.1.zip']);
  });
});
