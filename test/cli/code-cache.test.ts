import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheFolder } from '../../src/cli/code-cache.js';
import { runCli } from './run-cli.js';

// A command runs the CLI from build/cli/cli.cjs with V8's code cache (src/cli/code-cache.ts). V8
// takes a cache only in a new process (within one, its own compilation cache answers first), so
// these tests run the built CLI as a user would and watch the cache folder.
const work = mkdtempSync(join(tmpdir(), 'cw-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function course(name = 'course'): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  writeFileSync(join(dir, 'course.yml'), `id: ${name}\ntitle: Speaking up\nversion: "1.0"\nlanguage: en\nlessons:\n  - lessons/a.md\ntargets: [scorm2004]\n`);
  writeFileSync(join(dir, 'lessons', 'a.md'), '---\ntitle: Noticing\n---\n\nWhat you notice first matters.\n');
  return dir;
}

const files = (folder: string): string[] => readdirSync(folder).filter((name) => !name.endsWith('.tmp'));

describe('the code cache of the CLI', () => {
  it('is written by the first run of a command (or of a build’s child process), used unchanged by the next, and written again when V8 refuses it', () => {
    const folder = join(work, 'cache');
    const env = { COURSEWRIGHT_CODE_CACHE: folder };
    const dir = course();
    // Files of other versions: the one written 40 days ago goes when a file is written, the other stays.
    mkdirSync(folder, { mode: 0o700 });
    const old = join(folder, 'cli-old-v20.0.0-x64-validate.bin');
    const recent = join(folder, 'cli-recent-v20.0.0-x64-validate.bin');
    writeFileSync(old, 'old');
    writeFileSync(recent, 'recent');
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(old, longAgo, longAgo);
    const first = runCli(['validate', dir], work, env);
    expect(first.code).toBe(0);
    rmSync(recent);
    const [file] = files(folder);
    expect(files(folder)).toEqual([expect.stringMatching(/^cli-[\w-]{43}-v\d+\.\d+\.\d+-\w+-validate\.bin$/)]);
    const path = join(folder, file!);
    expect(statSync(path).size).toBeGreaterThan(10_000);
    expect(statSync(path).mode & 0o077).toBe(0);

    // Used: not written again (its time, set back, stays), and the command says the same.
    const past = new Date(Math.floor(Date.now() / 1000 - 24 * 60 * 60) * 1000);
    utimesSync(path, past, past);
    const second = runCli(['validate', dir], work, env);
    expect(second).toEqual(first);
    expect(Math.round(statSync(path).mtimeMs / 1000)).toBe(Math.round(past.getTime() / 1000));

    // A damaged file: V8 refuses it, the command runs as before, and the file is made again.
    writeFileSync(path, Buffer.alloc(4096, 7));
    const third = runCli(['validate', dir], work, env);
    expect(third).toEqual(first);
    expect(readFileSync(path).subarray(0, 4096).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(statSync(path).size).toBeGreaterThan(10_000);

    // Each command has its own file, and so has the child process that builds a second course.
    expect(runCli(['build', dir, course('second'), '--jobs', '2', '--out', join(work, 'out')], work, env).code).toBe(0);
    expect(files(folder).map((name) => name.replace(/^.*-v\d+\.\d+\.\d+-\w+-/, '')).sort()).toEqual(['build.bin', 'compile-worker.bin', 'validate.bin']);
  });

  it('writes nothing when turned off, or for a word that is not a command', () => {
    const folder = join(work, 'unused');
    const off = runCli(['validate', course()], work, { COURSEWRIGHT_CODE_CACHE: 'off', XDG_CACHE_HOME: folder });
    expect(off.code).toBe(0);
    expect(() => readdirSync(folder)).toThrow();
    const cache = join(work, 'words');
    mkdirSync(cache, { mode: 0o700 });
    const typo = runCli(['../course'], work, { COURSEWRIGHT_CODE_CACHE: cache });
    expect(typo.stderr).toContain("unknown command '../course'");
    expect(readdirSync(cache)).toEqual([]);
  });

  it('is kept only in a folder of the user’s own that no one else can write to', () => {
    const open = join(work, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(codeCacheFolder({ COURSEWRIGHT_CODE_CACHE: open })).toBeUndefined();
    // The command runs, and says once why the folder it was given is not used.
    const result = runCli(['validate', course()], work, { COURSEWRIGHT_CODE_CACHE: open });
    expect(result.code).toBe(0);
    expect(readdirSync(open)).toEqual([]);
    expect(result.stderr.split('\n').filter((line) => line.includes('COURSEWRIGHT_CODE_CACHE'))).toEqual([
      `coursewright: COURSEWRIGHT_CODE_CACHE names "${open}", which is not used: others can write to it, and its files hold code the tool would run. Commands run without the code cache, only slower.`,
    ]);

    const linked = join(work, 'linked');
    const target = join(work, 'target');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, linked);
    const warnings: string[] = [];
    expect(codeCacheFolder({ COURSEWRIGHT_CODE_CACHE: linked }, (message) => warnings.push(message))).toBeUndefined();
    expect(warnings).toEqual([`COURSEWRIGHT_CODE_CACHE names "${linked}", which is not used: it is a link or a file, not a folder. Commands run without the code cache, only slower.`]);
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    expect(codeCacheFolder({ COURSEWRIGHT_CODE_CACHE: join(file, 'code') }, (message) => warnings.push(message))).toBeUndefined();
    expect(warnings[1]).toMatch(/^COURSEWRIGHT_CODE_CACHE names ".*a-file\/code", which is not used: it cannot be made or read \(.+\)\. Commands run/);

    // The default folder, which nobody named, is only tried: nothing is said.
    const unusable = join(work, 'unusable-home');
    mkdirSync(join(unusable, 'coursewright', 'code'), { recursive: true });
    chmodSync(join(unusable, 'coursewright', 'code'), 0o777);
    expect(codeCacheFolder({ XDG_CACHE_HOME: unusable }, (message) => warnings.push(message))).toBeUndefined();
    expect(warnings).toHaveLength(2);

    const own = join(work, 'own', 'cache');
    expect(codeCacheFolder({ COURSEWRIGHT_CODE_CACHE: own }, (message) => warnings.push(message))).toBe(own);
    expect(warnings).toHaveLength(2);
    expect(statSync(own).mode & 0o777).toBe(0o700);
    const home = join(work, 'home-cache');
    expect(codeCacheFolder({ XDG_CACHE_HOME: home })).toBe(join(home, 'coursewright', 'code'));
  });
});
