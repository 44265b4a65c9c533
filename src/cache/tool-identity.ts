import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../render/package-root.js';

let identity: string | undefined;

/**
 * Which coursewright made a cache entry: its version, the V8 that serialized the entry, and a hash
 * of the code that is running. An entry is used only by the same identity, so a new or rebuilt
 * coursewright (a parser fix without a new version number, a checkout between two commits) parses
 * again instead of trusting what older code made. Computed once per process.
 */
export function toolIdentity(): string {
  if (identity) return identity;
  const root = packageRoot();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return (identity = `coursewright ${version}; v8 ${process.versions.v8}; code ${codeHash(root)}`);
}

/**
 * Where the build records the hash of a bundle's code, in the bundle's folder (`codeHashFile` and
 * `codeHash` in scripts/build-tool.mjs).
 */
const codeHashFile = 'code-hash.txt';

/**
 * The hash of the running program's code. A bundle's (build/cli/ with its chunks/ for the CLI,
 * build/index.js for the library) is the one the build recorded beside it: hashing its files here
 * cost every `--cache` run about 11 ms. The files are hashed, the way the build does, when there
 * is no record (a bundle made by an older build script), and when running from source (the tests:
 * every TypeScript file of src/).
 */
function codeHash(root: string): string {
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.ts')) {
    const src = join(root, 'src');
    return hashFiles(src, listFiles(src, true).filter((file) => file.endsWith('.ts')));
  }
  const folder = bundleFolderOf(self);
  const recorded = recordedCodeHash(folder);
  return recorded ?? hashFiles(folder, [...listFiles(folder, false), ...listFiles(join(folder, 'chunks'), false)].filter((file) => /\.c?js$/.test(file)));
}

/** The folder of the bundle that `file` (an entry, or one of its chunks/) belongs to: build/cli/, build/. */
export function bundleFolderOf(file: string): string {
  return basename(dirname(file)) === 'chunks' ? dirname(dirname(file)) : dirname(file);
}

/**
 * The code hash the build recorded in a bundle's folder (build/cli/, build/), or undefined when
 * there is none or it is not one (a SHA-256 in base64url).
 */
export function recordedCodeHash(folder: string): string | undefined {
  try {
    const text = readFileSync(join(folder, codeHashFile), 'utf8').trim();
    return /^[\w-]{43}$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 of `files`, each with its path from `base` (sorted, with `/`), as the build's `codeHash`. */
function hashFiles(base: string, files: string[]): string {
  const named = files.map((file) => ({ file, path: relative(base, file).split(sep).join('/') }));
  named.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const { file, path } of named) hash.update(path).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('base64url');
}

function listFiles(folder: string, deep: boolean): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return deep ? listFiles(path, true) : [];
    return entry.isFile() ? [path] : [];
  });
}
