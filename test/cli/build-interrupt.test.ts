import { spawn } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-interrupt-'));
  writeBigMediaCourse(join(work, 'web-course'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/**
 * Run `coursewright build <course> --out dist` and send `signal` the first time `when` holds for
 * the names in the output folder; returns the exit code, whether it was sent, and stderr.
 */
function interruptBuild(course: string[], signal: NodeJS.Signals, when: (names: string[]) => boolean): Promise<{ code: number | null; sawIt: boolean; stderr: string }> {
  const out = join(work, 'dist');
  const child = spawn(process.execPath, [bin, 'build', ...course, '--out', out], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let sawIt = false;
  const poll = setInterval(() => {
    let names: string[] = [];
    try {
      names = readdirSync(out);
    } catch {
      return;
    }
    if (!sawIt && when(names)) {
      sawIt = true;
      child.kill(signal);
    }
  }, 2);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, sawIt, stderr });
    });
  });
}

describe('coursewright build interrupted', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s removes the unfinished package and exits %i', async (signal, expected) => {
    const result = await interruptBuild(['web-course', '--target', 'scorm12'], signal, (names) => names.some((name) => name.endsWith('.tmp')));
    expect(result.sawIt).toBe(true);
    expect(result.code).toBe(expected);
    expect(result.stderr).toContain(`interrupted (${signal}); removed 1 unfinished package`);
    expect(readdirSync(join(work, 'dist'))).toEqual([]);
  }, 30_000);
});

/**
 * A web-target course whose package (and unpacked folder) takes long enough to write to be
 * interrupted: four sparse 48 MB pictures (no disk space in the course; the package copies are real).
 */
function writeBigMediaCourse(dir: string): void {
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  mkdirSync(join(dir, 'media'));
  writeFileSync(join(dir, 'course.yml'), 'id: big-media\ntitle: Big media\nversion: "1.0"\nlanguage: en\nlessons:\n  - lessons/one.md\ntargets: [web]\n');
  const pictures = [1, 2, 3, 4].map((i) => `![Photo ${i}](../media/photo-${i}.jpg)`).join('\n\n');
  writeFileSync(join(dir, 'lessons', 'one.md'), `---\ntitle: One\n---\nPictures.\n\n${pictures}\n`);
  for (const i of [1, 2, 3, 4]) {
    const fd = openSync(join(dir, 'media', `photo-${i}.jpg`), 'w');
    writeSync(fd, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])); // a JPEG's first bytes, which the build checks
    ftruncateSync(fd, 48 * 1024 * 1024);
    closeSync(fd);
  }
}

const folder = 'big-media-web-1.0';
// The unpacked folder's temporary name (the zip's is `.big-media-web-1.0.zip.<hex>.tmp`).
const tempFolder = /^\.big-media-web-1\.0\.[0-9a-f]{12}\.tmp$/;
const setAside = /^\.big-media-web-1\.0\.[0-9a-f]{12}\.old$/;

describe('coursewright build interrupted while writing the unpacked web folder', () => {
  it('on SIGINT removes the half-written folder and leaves no temporary file or folder', async () => {
    const result = await interruptBuild(['web-course'], 'SIGINT', (names) => names.some((name) => tempFolder.test(name)));
    expect(result.sawIt).toBe(true);
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('interrupted (SIGINT); removed 1 unfinished package');
    // The zip, finished before the folder was started, is not put in place without it.
    expect(readdirSync(join(work, 'dist'))).toEqual([]);
  }, 60_000);

  it('on SIGTERM keeps the previous package as it was: its zip and its folder, not a new zip beside the old folder', async () => {
    const previous = join(work, 'dist', folder);
    mkdirSync(previous, { recursive: true });
    writeFileSync(join(previous, 'index.html'), 'the previous build');
    writeFileSync(join(work, 'dist', 'big-media-web-1.0.zip'), 'the previous zip');
    const result = await interruptBuild(['web-course'], 'SIGTERM', (names) => names.some((name) => tempFolder.test(name)));
    expect(result.sawIt).toBe(true);
    expect(result.code).toBe(143);
    expect(readdirSync(join(work, 'dist')).sort()).toEqual([folder, 'big-media-web-1.0.zip']);
    expect(readdirSync(previous)).toEqual(['index.html']);
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('the previous build');
    expect(readFileSync(join(work, 'dist', 'big-media-web-1.0.zip'), 'utf8')).toBe('the previous zip');
  }, 60_000);

  it('on SIGINT while the replaced folder is being deleted, leaves the new folder whole and the old one gone', async () => {
    // Many files make deleting the previous folder take long enough to interrupt.
    const previous = join(work, 'dist', folder, 'junk');
    mkdirSync(previous, { recursive: true });
    for (let i = 0; i < 20_000; i += 1) writeFileSync(join(previous, `${i}.txt`), '');
    writeFileSync(join(work, 'dist', folder, 'index.html'), 'the previous build');
    const result = await interruptBuild(['web-course'], 'SIGINT', (names) => names.some((name) => setAside.test(name)));
    expect(result.sawIt).toBe(true);
    expect(result.code).toBe(130);
    expect(readdirSync(join(work, 'dist')).sort()).toEqual([folder, 'big-media-web-1.0.zip']);
    const media = join(work, 'dist', folder, 'media');
    expect(readdirSync(media).sort()).toEqual(['photo-1.jpg', 'photo-2.jpg', 'photo-3.jpg', 'photo-4.jpg']);
    for (const name of readdirSync(media)) expect(statSync(join(media, name)).size).toBe(48 * 1024 * 1024);
    expect(readdirSync(join(work, 'dist', folder))).not.toContain('junk');
  }, 60_000);
});
