import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const samples = join(import.meta.dirname, '..', '..', 'courses');
const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');
const targets = ['--target', 'scorm2004,web'];
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-cache-cli-'));
  cpSync(join(samples, 'getting-started'), join(work, 'course'), { recursive: true });
  // A warning, so the output has a diagnostic to repeat from the cache.
  const lesson = join(work, 'course', 'lessons', 'picking-up.md');
  writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\nA line with <span>raw HTML</span>.\n`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` (relative name → SHA-256 of its bytes). */
function filesUnder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(entries.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(dir.length + 1).split('\\').join('/'), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }).sort(([a], [b]) => (a! < b! ? -1 : 1)));
}

/** A build into a fresh output folder: what it printed, its exit code and the files it wrote. */
function build(name: string, args: string[], env: Record<string, string | undefined> = {}): { code: number; stdout: string; stderr: string; files: Record<string, string> } {
  const out = join(work, 'out', name);
  rmSync(out, { recursive: true, force: true });
  const result = runCli(['build', 'course', ...targets, '--out', out, ...args], work, env);
  // The output folder's name is in what is printed: the same name for every build.
  return { ...result, stdout: result.stdout.replaceAll(out, '<out>'), stderr: result.stderr.replaceAll(out, '<out>'), files: filesUnder(out) };
}

/** The cold build (no cache) and the cached one, run as a pair; again if build/ changed under them (a shared checkout). */
function coldAndCached(cacheArgs: string[], args: string[] = []): { cold: ReturnType<typeof build>; cached: ReturnType<typeof build> } {
  const tool = join(import.meta.dirname, '..', '..', 'build');
  for (let attempt = 1; ; attempt++) {
    const before = JSON.stringify(filesUnder(tool));
    const cold = build('cold', args);
    const cached = build('cached', [...cacheArgs, ...args]);
    if (JSON.stringify(filesUnder(tool)) === before || attempt === 3) return { cold, cached };
  }
}

const cacheFolder = (): string => join(work, 'cache');
const entries = (dir = cacheFolder()): Record<string, number> =>
  Object.fromEntries(readdirSync(join(dir, 'lessons')).map((name) => [name, statSync(join(dir, 'lessons', name)).mtimeMs]));

describe('coursewright build --cache', () => {
  it('makes the same packages and prints the same diagnostics as a build without it: first, warm, and after an edit', () => {
    for (const step of ['first (cold cache)', 'warm', 'after a one-lesson edit']) {
      if (step === 'after a one-lesson edit') {
        const lesson = join(work, 'course', 'lessons', 'your-privacy.md');
        writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\nOne more paragraph, written <b>later</b>.\n`);
      }
      const before = existsSync(cacheFolder()) ? entries() : {};
      const { cold, cached } = coldAndCached(['--cache-location', 'cache']);
      expect({ step, ...cached }).toEqual({ step, ...cold });
      expect(cold.stderr).toMatch(/html-removed/);
      expect(Object.keys(cold.files).some((name) => name.endsWith('.zip'))).toBe(true);
      const written = Object.entries(entries()).filter(([name, time]) => before[name] !== time).length;
      // Three lessons parsed and kept; then nothing written; then the edited lesson alone.
      expect({ step, written }).toEqual({ step, written: { 'first (cold cache)': 3, warm: 0, 'after a one-lesson edit': 1 }[step] });
    }
    // JSON output too: the same diagnostics in the same order.
    const { cold, cached } = coldAndCached(['--cache-location', 'cache'], ['--format', 'json']);
    expect(JSON.parse(cached.stdout).courses[0].diagnostics.length).toBeGreaterThan(0);
    expect(cached).toEqual(cold);
  });

  it('goes on without a cache it cannot write, with a warning, and makes the same packages', () => {
    writeFileSync(join(work, 'not-a-folder'), 'a file where the cache folder would go');
    const { cold, cached } = coldAndCached(['--cache-location', 'not-a-folder']);
    expect(cached.code).toBe(0);
    expect(cached.files).toEqual(cold.files);
    expect(cached.stderr).toContain('warning Could not use the build cache folder "not-a-folder": a file is in the way of the folder. This build parsed every lesson without it.  cache-unavailable');
    expect(cached.stderr).toMatch(/Give --cache-location a folder you may write to/);
    // Listed first, and counted; the rest is what the build without the cache printed.
    expect(cached.stderr.indexOf('cache-unavailable')).toBeLessThan(cached.stderr.indexOf('html-removed'));
    const rest = cached.stderr.slice(cached.stderr.indexOf('\n', cached.stderr.indexOf('hint: Give --cache-location')) + 1).replace(/^\n/, '');
    expect(rest).toBe(cold.stderr.replace(/\(0 errors, (\d+) warnings\)/, (_, count: string) => `(0 errors, ${Number(count) + 1} warnings)`));
  });

  it('keeps its default folder in the user cache folder, never in the course or the output, marked for git and backups', () => {
    const home = join(work, 'home');
    const courseBefore = filesUnder(join(work, 'course'));
    const result = build('default', ['--cache'], { HOME: home, XDG_CACHE_HOME: undefined });
    expect(result.code).toBe(0);
    const folder = join(home, '.cache', 'coursewright');
    expect(Object.keys(entries(folder))).toHaveLength(3);
    expect(readFileSync(join(folder, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(readFileSync(join(folder, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55\n/);
    expect(filesUnder(join(work, 'course'))).toEqual(courseBefore);
    expect(Object.keys(result.files).every((name) => name.startsWith('getting-started-'))).toBe(true);
    // XDG_CACHE_HOME, when set, is the user cache folder.
    const xdg = join(work, 'xdg');
    expect(build('xdg', ['--cache'], { HOME: home, XDG_CACHE_HOME: xdg }).code).toBe(0);
    expect(Object.keys(entries(join(xdg, 'coursewright')))).toHaveLength(3);
  });

  it('serves validate too: a build after validate --cache parses nothing again', () => {
    const dir = join(work, 'validate-cache');
    expect(runCli(['validate', 'course', '--cache-location', dir], work).code).toBe(0);
    const kept = entries(dir);
    expect(Object.keys(kept)).toHaveLength(3);
    expect(runCli(['build', 'course', ...targets, '--out', join(work, 'out', 'after-validate'), '--cache-location', dir], work).code).toBe(0);
    expect(entries(dir)).toEqual(kept);
  });

  it('lets two builds share one cache folder at the same time, and a third build reuses what they wrote', async () => {
    const dir = join(work, 'shared-cache');
    const runAsync = (out: string): Promise<number> => new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, 'build', 'course', ...targets, '--out', join(work, 'out', out), '--cache-location', dir], { cwd: work, stdio: 'ignore' });
      child.on('close', (code) => resolve(code ?? -1));
    });
    for (let round = 0; round < 2; round++) {
      rmSync(dir, { recursive: true, force: true });
      expect(await Promise.all([runAsync('one'), runAsync('two')])).toEqual([0, 0]);
      expect(filesUnder(join(work, 'out', 'one'))).toEqual(filesUnder(join(work, 'out', 'two')));
      // Whole files only: no temporary file left, every entry reused by the next build.
      expect(readdirSync(join(dir, 'lessons')).filter((name) => !name.endsWith('.bin'))).toEqual([]);
      const kept = entries(dir);
      const { cold, cached } = coldAndCached(['--cache-location', dir]);
      expect(cached).toEqual(cold);
      expect(entries(dir)).toEqual(kept);
    }
  });

  it('serves several courses built in several processes, checked first and then built', () => {
    cpSync(join(samples, 'respect-at-work'), join(work, 'second'), { recursive: true });
    const many = (name: string, args: string[]) => {
      const out = join(work, 'out', name);
      rmSync(out, { recursive: true, force: true });
      const result = runCli(['build', 'course', 'second', '--target', 'scorm12', '--out', out, '--jobs', '2', ...args], work);
      return { code: result.code, stderr: result.stderr, files: filesUnder(out) };
    };
    const cold = many('many-cold', []);
    expect(cold.code).toBe(0);
    const dir = join(work, 'many-cache');
    expect(many('many-first', ['--cache-location', dir])).toEqual(cold);
    const kept = entries(dir);
    expect(many('many-warm', ['--cache-location', dir])).toEqual(cold);
    expect(entries(dir)).toEqual(kept);
  }, 120_000);
});
