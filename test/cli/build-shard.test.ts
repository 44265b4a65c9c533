import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, ftruncateSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { runCli } from './run-cli.js';

const samples = join(import.meta.dirname, '..', '..', 'courses');
// Two targets keep the runs short and still cover both kinds of output: zips, and web's unpacked folder.
const targets = ['--target', 'scorm2004,web'];
let work: string;

/** Every file under `dir`, relative to it, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(names.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(dir.length + 1).split('\\').join('/'), readFileSync(path)];
  }));
}

/**
 * Run `builds` again (up to three times in all) if build/runtime/, which every package embeds,
 * changed while they ran: in a checkout shared with other work, a rebuild of the runtime between
 * two builds would make them differ for a reason that has nothing to do with sharding.
 */
function withSteadyRuntime(builds: () => void): void {
  const runtime = join(import.meta.dirname, '..', '..', 'build', 'runtime');
  const fingerprint = (): string => {
    const hash = createHash('sha256');
    for (const [name, bytes] of [...filesUnder(runtime)].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(name).update(bytes);
    return hash.digest('hex');
  };
  for (let attempt = 1; ; attempt++) {
    const before = fingerprint();
    builds();
    if (fingerprint() === before || attempt === 3) return;
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-shard-'));
  cpSync(samples, join(work, 'courses'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('coursewright build --shard', () => {
  let full: Map<string, Buffer>;
  const shards: { code: number; stderr: string; files: Map<string, Buffer> }[] = [];

  beforeAll(() => {
    withSteadyRuntime(() => {
      // The full build in one process, one course after the other: the reference.
      const build = runCli(['build', ...targets, '--out', 'full', '--jobs', '1'], work);
      expect(build.code).toBe(0);
      full = filesUnder(join(work, 'full'));
      shards.length = 0;
      for (const i of [1, 2, 3]) {
        rmSync(join(work, `shard-${i}`), { recursive: true, force: true });
        const shard = runCli(['build', ...targets, '--out', `shard-${i}`, '--shard', `${i}/3`], work);
        shards.push({ code: shard.code, stderr: shard.stderr, files: filesUnder(join(work, `shard-${i}`)) });
      }
    });
  }, 300_000);

  it('splits the packages so the shards together are the full build, byte for byte, each file in one shard', () => {
    // getting-started: 1 course × 2 targets; respect-at-work: 3 editions × 2 languages × 2 targets.
    expect([...full.keys()].filter((name) => name.endsWith('.zip'))).toHaveLength(14);
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0]);
    const union = new Map<string, Buffer>();
    for (const [i, shard] of shards.entries()) {
      for (const [name, bytes] of shard.files) {
        expect(union.has(name), `${name} is in two shards (again in ${i + 1}/3)`).toBe(false);
        union.set(name, bytes);
      }
    }
    expect([...union.keys()].sort()).toEqual([...full.keys()].sort());
    for (const [name, bytes] of full) expect(union.get(name)?.equals(bytes), name).toBe(true);
  });

  it('gives each shard an even share and says which', () => {
    expect(shards.map((s) => [...s.files.keys()].filter((name) => name.endsWith('.zip')).length)).toEqual([5, 5, 4]);
    expect(shards[0]!.stderr).toContain('shard 1/3: 5 of 14 packages');
    expect(shards[2]!.stderr).toContain('shard 3/3: 4 of 14 packages');
    // Package k of the sorted names goes to shard (k mod 3) + 1: the first name is in shard 1.
    const first = [...full.keys()].filter((name) => name.endsWith('.zip')).sort()[0]!;
    expect(shards[0]!.files.has(first)).toBe(true);
  });

  it('refuses a shard that is not i/n with 1 ≤ i ≤ n (exit 2), building nothing', async () => {
    for (const value of ['0/4', '5/4', 'a/b', '1/0', '2', '1/3/4']) {
      const stderr: string[] = [];
      const code = await run(['build', join(work, 'courses', 'getting-started'), '--shard', value, '--out', join(work, 'never')], { out: () => undefined, err: (text) => stderr.push(text), color: false });
      expect(code, value).toBe(2);
      expect(stderr).toEqual([`error: Expected --shard <i>/<n> with n at least 1 and i from 1 to n (e.g. --shard 2/3), found "${value}".`]);
    }
    expect(existsSync(join(work, 'never'))).toBe(false);
    // The same through the installed command.
    expect(runCli(['build', '--shard', '0/4', '--out', 'never'], work).code).toBe(2);
  });

  it('says so and succeeds when a shard has nothing to build', () => {
    const build = runCli(['build', 'courses/getting-started', '--target', 'xapi', '--shard', '2/2', '--out', 'empty'], work);
    expect(build.code).toBe(0);
    expect(build.stderr).toContain('shard 2/2: no packages to build (1 in all, in 2 shards); the courses were checked');
    expect(build.stderr).toContain('courses/getting-started: checked (0 errors, 0 warnings)');
    expect(existsSync(join(work, 'empty'))).toBe(false);
  });
});

describe('coursewright build --shard with a broken course', () => {
  it('fails every shard, also those without its packages, and still builds the other course', () => {
    const broken = mkdtempSync(join(tmpdir(), 'cw-shard-broken-'));
    try {
      cpSync(samples, join(broken, 'courses'), { recursive: true });
      const courseYml = join(broken, 'courses', 'respect-at-work', 'course.yml');
      writeFileSync(courseYml, readFileSync(courseYml, 'utf8').replace('  - lessons/our-commitment.md\n', '  - lessons/our-commitment.md\n  - lessons/not-written-yet.md\n'));
      const built = new Set<string>();
      for (const i of [1, 2, 3]) {
        const shard = runCli(['build', '--target', 'scorm2004', '--shard', `${i}/3`, '--out', 'dist'], broken);
        expect(shard.code, `shard ${i}/3`).toBe(1);
        expect(shard.stderr).toContain('courses/respect-at-work: failed (1 error');
        expect(shard.stderr).toContain('not-written-yet.md');
        for (const name of existsSync(join(broken, 'dist')) ? readdirSync(join(broken, 'dist')) : []) built.add(name);
      }
      expect([...built].filter((name) => name.endsWith('.zip'))).toEqual(['getting-started-scorm2004-2027.1.zip']);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('coursewright build on several processes', () => {
  it('prints and writes the same as a build in one process', () => {
    const runs: ReturnType<typeof runCli>[] = [];
    withSteadyRuntime(() => {
      runs.splice(0, 2, runCli(['build', ...targets, '--out', 'jobs-1', '--jobs', '1'], work), runCli(['build', ...targets, '--out', 'jobs-2', '--jobs', '2'], work));
    });
    const [one, two] = runs as [ReturnType<typeof runCli>, ReturnType<typeof runCli>];
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout.replaceAll('jobs-1/', 'jobs-2/'));
    expect(two.stderr).toBe(one.stderr);
    const a = filesUnder(join(work, 'jobs-1'));
    const b = filesUnder(join(work, 'jobs-2'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
  }, 300_000);

  it('leaves no unfinished package when stopped while several processes write', async () => {
    const stopped = mkdtempSync(join(tmpdir(), 'cw-jobs-stop-'));
    try {
      for (const name of ['course-a', 'course-b']) {
        const dir = join(stopped, 'courses', name);
        cpSync(join(samples, 'respect-at-work'), dir, { recursive: true });
        writeFileSync(join(dir, 'course.yml'), readFileSync(join(dir, 'course.yml'), 'utf8').replace('id: respect-at-work', `id: ${name}`));
        // A sparse 512 MB handout, linked from the first lesson: no disk space in the course, and each
        // package takes long enough to write to be caught at it (the build is stopped long before the end).
        writeFileSync(join(dir, 'lessons', 'welcome.md'), `${readFileSync(join(dir, 'lessons', 'welcome.md'), 'utf8')}\n[The handout (PDF)](../media/handout.pdf)\n`);
        const fd = openSync(join(dir, 'media', 'handout.pdf'), 'w');
        writeSync(fd, '%PDF-1.4\n'); // what the build's check of a PDF looks for
        ftruncateSync(fd, 512 * 1024 * 1024);
        closeSync(fd);
      }
      const out = join(stopped, 'dist');
      const temps = (): string[] => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.tmp')) : []);
      const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');
      const child = spawn(process.execPath, [bin, 'build', '--target', 'scorm12', '--out', out, '--jobs', '2'], { cwd: stopped, env: { ...process.env, NO_COLOR: '1' } });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Both courses' first packages being written at once: one in this process, one in a worker.
      let writing: string[] = [];
      for (const start = Date.now(); writing.length < 2 && Date.now() - start < 60_000; await new Promise((wait) => setTimeout(wait, 5))) writing = temps();
      expect(writing.map((name) => name.replace(/-employee.*/, '')).sort()).toEqual(['.course-a', '.course-b']);
      child.kill('SIGTERM'); // to the build alone, as a cancelled CI job may do
      expect(await exited).toBe(143);
      const zips = (): string[] => readdirSync(out).filter((name) => name.endsWith('.zip'));
      const finished = zips();
      // The worker removes its own file once it sees its parent gone, and finishes nothing more.
      for (const start = Date.now(); temps().length && Date.now() - start < 30_000; ) await new Promise((wait) => setTimeout(wait, 50));
      await new Promise((wait) => setTimeout(wait, 2000));
      expect(temps()).toEqual([]);
      expect(zips()).toEqual(finished);
    } finally {
      rmSync(stopped, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses --jobs that is not a whole number from 1 (exit 2)', async () => {
    for (const value of ['0', 'two', '1.5']) {
      const stderr: string[] = [];
      const code = await run(['build', join(work, 'courses', 'getting-started'), '--jobs', value, '--out', join(work, 'never')], { out: () => undefined, err: (text) => stderr.push(text), color: false });
      expect(code, value).toBe(2);
      expect(stderr).toEqual([`error: Expected --jobs to be a whole number from 1 (e.g. --jobs 2), found "${value}".`]);
    }
  });
});
