import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../render/package-root.js';

let identity: string | undefined;

/**
 * Which coursewright made a cache entry: its version, the V8 that serialized the entry, and a hash
 * of the code that is running. An entry is used only by the same identity, so a new or rebuilt
 * coursewright (a parser fix without a new version number, a checkout between two commits) parses
 * again instead of trusting what older code made. Computed once per process (a few milliseconds).
 */
export function toolIdentity(): string {
  if (identity) return identity;
  const root = packageRoot();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256');
  for (const file of codeFiles(root)) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return (identity = `coursewright ${version}; v8 ${process.versions.v8}; code ${hash.digest('base64url')}`);
}

/**
 * The files of the running program, sorted: the bundle this module is in (build/cli/ with its
 * chunks/ for the CLI, build/index.js for the library), or every TypeScript file of src/ when it
 * runs from source (the tests).
 */
function codeFiles(root: string): string[] {
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.ts')) return listFiles(join(root, 'src'), true).filter((file) => file.endsWith('.ts'));
  const folder = basename(dirname(self)) === 'chunks' ? dirname(dirname(self)) : dirname(self);
  return [...listFiles(folder, false), ...listFiles(join(folder, 'chunks'), false)].filter((file) => file.endsWith('.js'));
}

function listFiles(folder: string, deep: boolean): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return deep ? listFiles(path, true) : [];
      return entry.isFile() ? [path] : [];
    })
    .sort();
}
