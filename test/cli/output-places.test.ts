import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCliWithoutPrivileges } from './run-cli.js';

// Places a command is asked to write that cannot be written: each is a usage error (exit 2) that
// names the place and says why, never "internal error" (exit 3), and never a hang (Node's own
// recursive mkdir retries forever under /proc).
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cw-places-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(root, 'courses', 'getting-started'), join(work, 'gs'), { recursive: true });
writeFileSync(join(work, 'afile'), 'a file where a folder should be\n');
const run = (...args: string[]) => runCli(args, work, {}, { timeoutMs: 60_000 });
// Under /proc (Linux, as the test machines) no folder can be made.
const unmakeable = '/proc/coursewright-test/out';

describe('a place a command cannot write is a usage error that says why', () => {
  it.each([
    ['schema --out a file', ['schema', '--out', 'afile'], /Could not write "afile\/course\.schema\.json": part of the path is a file, not a folder\./],
    ['schema --out a folder no one can make', ['schema', '--out', unmakeable], /Could not write "\/proc\/coursewright-test\/out\/course\.schema\.json"/],
    ['review --out under a file', ['review', 'gs', '--out', 'afile/review.html'], /Could not write "afile\/review\.html": part of the path is a file, not a folder\./],
    ['review --out a folder', ['review', 'gs', '--out', 'gs'], /Could not write "gs": a folder already has that name\./],
    ['build --out a file', ['build', 'gs', '--out', 'afile'], /Could not write to "afile": it is a file, not a folder\./],
    ['build --out under a file', ['build', 'gs', '--out', 'afile/dist'], /Could not write to "afile\/dist": part of the path is a file, not a folder\./],
    ['init under a file', ['init', 'afile/new-course'], /Could not create the course folder "afile\/new-course": part of the path is a file, not a folder\./],
    ['init with an empty title', ['init', 'titled', '--title', ''], /Expected a title after --title, found an empty one/],
  ])('%s', (_name, args, message) => {
    const result = run(...args);
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('build --out a folder this user may not write to: one usage error before anything is built, not an error per package', () => {
    const locked = mkdtempSync(join(tmpdir(), 'cw-locked-'));
    chmodSync(locked, 0o555);
    try {
      const result = runCliWithoutPrivileges(['build', 'gs', '--target', 'scorm12,xapi', '--out', join(locked, 'dist')], work);
      expect(result.code).toBe(2);
      expect(result.stderr.match(/Could not write/g)).toHaveLength(1);
      expect(result.stderr).toContain(`Could not write to "${join(locked, 'dist')}": permission denied.`);
      expect(result.stderr).not.toContain('output-write-failed');
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  it('validate --cache-location a folder no one can make checks the course without the cache, and says why', () => {
    const result = run('validate', 'gs', '--cache-location', unmakeable);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Could not use the build cache folder "${unmakeable}": the file or folder does not exist. This build parsed every lesson without it.`);
  });

  it('build never replaces a course folder, or any folder that is not a package, that has the name of a web package\u2019s unpacked folder', () => {
    const parent = join(work, 'nested');
    cpSync(join(work, 'gs'), join(parent, 'getting-started-web-2027.1'), { recursive: true });
    mkdirSync(join(parent, 'photos', 'getting-started-web-2027.1'), { recursive: true });
    writeFileSync(join(parent, 'photos', 'getting-started-web-2027.1', 'ward.jpg'), 'a photo');
    const inPlace = runCli(['build', 'getting-started-web-2027.1', '--target', 'web', '--out', '.'], parent);
    expect(inPlace.code).toBe(1);
    expect(inPlace.stderr).toContain('Could not write "getting-started-web-2027.1": a course folder has that name, and it would be replaced; choose another --out.');
    expect(readFileSync(join(parent, 'getting-started-web-2027.1', 'course.yml'), 'utf8')).toContain('id: getting-started');
    const photos = runCli(['build', 'getting-started-web-2027.1', '--target', 'web', '--out', 'photos'], parent);
    expect(photos.code).toBe(1);
    expect(photos.stderr).toContain('a folder that is not an unpacked package has that name');
    expect(readFileSync(join(parent, 'photos', 'getting-started-web-2027.1', 'ward.jpg'), 'utf8')).toBe('a photo');
    // A package's folder from the last build is replaced, as before.
    mkdirSync(join(parent, 'dist'));
    expect(runCli(['build', 'getting-started-web-2027.1', '--target', 'web', '--out', 'dist'], parent).code).toBe(0);
    expect(runCli(['build', 'getting-started-web-2027.1', '--target', 'web', '--out', 'dist'], parent).code).toBe(0);
  });

  it('a package whose report key cannot be written is taken back whole, and a folder in the way is left alone', () => {
    const out = join(work, 'key-in-the-way');
    mkdirSync(join(out, 'getting-started-cmi5-2027.1.key.csv', 'notes'), { recursive: true });
    const result = run('build', 'gs', '--target', 'scorm12,cmi5', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('getting-started-cmi5-2027.1.key.csv": a folder already has that name');
    // The other target is whole; the failed one left nothing of its own, and the folder in the way is as it was.
    expect(readdirSync(out).sort()).toEqual(['getting-started-cmi5-2027.1.key.csv', 'getting-started-scorm12-2027.1.key.csv', 'getting-started-scorm12-2027.1.key.html', 'getting-started-scorm12-2027.1.zip']);
    expect(readdirSync(join(out, 'getting-started-cmi5-2027.1.key.csv'))).toEqual(['notes']);
  });

  it('a folder without course.yml gets an init command that works: in it when it is empty, in a new folder inside when it is not', () => {
    mkdirSync(join(work, 'empty-folder'));
    expect(run('validate', 'empty-folder').stderr).toContain('create a course in it with "coursewright init empty-folder"');
    const full = run('validate', 'gs/lessons');
    expect(full.stderr).toContain('create a course in a new folder with "coursewright init gs/lessons/my-course"');
    expect(run('init', 'gs/lessons/my-course').code).toBe(0);
  });

  it('review --out into a folder that does not exist yet makes it, as build --out does', () => {
    const result = run('review', 'gs', '--out', 'reviews/2027/gs.html');
    expect(result.code).toBe(0);
    expect(readFileSync(join(work, 'reviews', '2027', 'gs.html'), 'utf8')).toContain('<html');
  });

  it('review --out never replaces a file it did not write (a lesson named by mistake), and replaces an earlier review', () => {
    const lesson = join(work, 'gs', 'lessons', 'finding-your-way.md');
    const before = readFileSync(lesson, 'utf8');
    const refused = run('review', 'gs', '--out', 'gs/lessons/finding-your-way.md');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"gs/lessons/finding-your-way.md" already exists and is not a review coursewright wrote, so it was not replaced and nothing was written.');
    expect(readFileSync(lesson, 'utf8')).toBe(before);
    writeFileSync(join(work, 'notes.md'), '# My notes\n');
    expect(run('review', 'gs', '--format', 'md', '--out', 'notes.md').code).toBe(2);
    expect(readFileSync(join(work, 'notes.md'), 'utf8')).toBe('# My notes\n');
    // Reviews it wrote, in either format, are made again.
    for (const [file, format] of [['again.html', 'html'], ['again.md', 'md']] as const) {
      expect(run('review', 'gs', '--format', format, '--out', file).code).toBe(0);
      writeFileSync(join(work, file), readFileSync(join(work, file), 'utf8').replace('Finding your way', 'An older title'));
      expect(run('review', 'gs', '--format', format, '--out', file).code).toBe(0);
      expect(readFileSync(join(work, file), 'utf8')).toContain('Finding your way');
    }
  });

  it('init prints the next command quoted when the folder name has a space, so it can be copied', () => {
    mkdirSync(join(work, 'spaced'), { recursive: true });
    const result = run('init', 'spaced/Fire safety');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('then run: npx coursewright build "spaced/Fire safety"');
  });

  it('preview on a port another program holds says so, with --port to choose another', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
        // Not spawnSync: this process holds the port, and must keep serving it while the CLI runs.
        import('node:child_process').then(({ spawn }) => {
          const child = spawn(process.execPath, [join(root, 'bin', 'coursewright.js'), 'preview', 'gs', '--port', String(port)], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
          let stderr = '';
          child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
          const timer = setTimeout(() => child.kill(), 60_000);
          child.on('exit', (code) => {
            clearTimeout(timer);
            resolve({ code: code ?? -1, stderr });
          });
        });
      });
      expect(result.stderr).not.toContain('internal error');
      expect(result.stderr).toContain(`Port ${port} is in use by another program`);
      expect(result.code).toBe(2);
    } finally {
      holder.close();
    }
  });
});
