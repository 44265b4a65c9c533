import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `build --cache` keeps what it parsed under the identity of the coursewright that parsed it, with
// a hash of its code that the build records beside each bundle (build/cli/code-hash.txt,
// build/code-hash.txt): a CLI reads it instead of hashing its files at every run. These tests
// check that the record is the hash of the code that is there, and that a CLI whose code differs
// does not reuse what another one parsed.
const root = join(import.meta.dirname, '..', '..');

interface BuildTool {
  codeHashFile: string;
  codeHash(files: { path: string; contents: Uint8Array }[]): string;
}
let tool: BuildTool;
const work = mkdtempSync(join(tmpdir(), 'cw-tool-identity-'));
beforeAll(async () => {
  tool = (await import(pathToFileURL(join(root, 'scripts', 'build-tool.mjs')).href)) as BuildTool;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The code files of a bundle folder: its .js and .cjs files and those of its chunks/, as the build hashes them. */
function bundleFiles(folder: string): { path: string; contents: Buffer }[] {
  const names = [...readdirSync(folder).filter((name) => /\.c?js$/.test(name)), ...readdirSync(join(folder, 'chunks')).map((name) => `chunks/${name}`)];
  return names.map((path) => ({ path, contents: readFileSync(join(folder, path)) }));
}

const record = (folder: string): string => readFileSync(join(folder, tool.codeHashFile), 'utf8').trim();

describe('the code hash the build records', () => {
  it('is, beside the CLI and beside the library, the hash of the code there', () => {
    // Another build of the shared build/ may land between two reads: then they are read again.
    for (let attempt = 1; ; attempt++) {
      const cli = join(root, 'build', 'cli');
      const seen = { cli: record(cli), library: record(join(root, 'build')) };
      const expected = { cli: tool.codeHash(bundleFiles(cli)), library: tool.codeHash([{ path: 'index.js', contents: readFileSync(join(root, 'build', 'index.js')) }]) };
      if (JSON.stringify(seen) === JSON.stringify(expected) || attempt === 3) {
        expect(seen).toEqual(expected);
        break;
      }
    }
  });

  it('changes with any byte of the code, a file’s name, a file more or less; not with the order the files come in', () => {
    const files = [
      { path: 'main.js', contents: Buffer.from('import "./chunks/parse-1.js";\n') },
      { path: 'chunks/parse-1.js', contents: Buffer.from('export const parse = (text) => text.trim();\n') },
    ];
    const base = tool.codeHash(files);
    expect(tool.codeHash([...files].reverse())).toBe(base);
    expect(base).toMatch(/^[\w-]{43}$/);
    const variants = {
      'one byte': [files[0]!, { path: 'chunks/parse-1.js', contents: Buffer.from('export const parse = (text) => text.trimStart();\n') }],
      'a renamed chunk': [files[0]!, { ...files[1]!, path: 'chunks/parse-2.js' }],
      'a chunk more': [...files, { path: 'chunks/render-1.js', contents: Buffer.from('export {};\n') }],
      'a chunk less': [files[0]!],
      'bytes moved between files': [{ ...files[0]!, contents: Buffer.concat([files[0]!.contents, Buffer.from('\0')]) }, { ...files[1]!, contents: files[1]!.contents.subarray(0) }],
    };
    for (const [change, changed] of Object.entries(variants)) expect({ change, same: tool.codeHash(changed) === base }).toEqual({ change, same: false });
  });
});

describe('the identity of a built CLI', () => {
  // A coursewright of its own: package.json, templates and build/cli, as installed.
  const installed = join(work, 'tool');
  const cli = join(installed, 'build', 'cli');
  const cache = join(work, 'cache');
  beforeAll(() => {
    mkdirSync(join(installed, 'build'), { recursive: true });
    cpSync(join(root, 'package.json'), join(installed, 'package.json'));
    symlinkSync(join(root, 'templates'), join(installed, 'templates'));
    cpSync(join(root, 'build', 'cli'), cli, { recursive: true });
    cpSync(join(root, 'courses', 'getting-started'), join(work, 'course'), { recursive: true });
  });

  /** Checks the course with the cache; returns the names of the cache entries written by this run. */
  function checkWithCache(): string[] {
    const folder = join(cache, 'lessons');
    const before = new Set(readdirSync(folder));
    const result = spawnSync(process.execPath, [join(cli, 'main.js'), 'validate', 'course', '--cache-location', cache], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr + result.stdout).toContain('checked (0 errors');
    return readdirSync(folder).filter((name) => !before.has(name));
  }

  it('is the same for the same code, and another once the code is rebuilt different or the record says another', () => {
    mkdirSync(join(cache, 'lessons'), { recursive: true });
    const lessons = checkWithCache().length;
    expect(lessons).toBeGreaterThan(1);
    // The same CLI again: every lesson is reused, nothing written.
    expect(checkWithCache()).toEqual([]);
    // The same code without its record (a bundle of an older build script): its files hashed, the same identity.
    rmSync(join(cli, tool.codeHashFile));
    expect(checkWithCache()).toEqual([]);
    // Rebuilt with a change to one chunk, recorded as the build records it: what the other code parsed is not reused.
    const chunk = readdirSync(join(cli, 'chunks')).sort()[0]!;
    appendFileSync(join(cli, 'chunks', chunk), '\n// rebuilt\n');
    writeFileSync(join(cli, tool.codeHashFile), `${tool.codeHash(bundleFiles(cli))}\n`);
    expect(checkWithCache()).toHaveLength(lessons);
    expect(checkWithCache()).toEqual([]);
    // The record is what the CLI goes by (it does not hash its files when there is one).
    writeFileSync(join(cli, tool.codeHashFile), `${tool.codeHash([{ path: 'main.js', contents: Buffer.from('other code') }])}\n`);
    expect(checkWithCache()).toHaveLength(lessons);
  });
});
