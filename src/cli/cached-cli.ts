import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFolderOf, recordedCodeHash } from '../cache/tool-identity.js';
import { codeCacheFolder, runWithCodeCache } from './code-cache.js';

/** What build/cli/cli.cjs exports (cli-script.ts). */
interface CliScript {
  run(argv: readonly string[]): Promise<number>;
  serveCompileTasks(): void;
}

/** build/cli/, whether this code is in main.js or in a chunk the entries share. */
const folder = bundleFolderOf(fileURLToPath(import.meta.url));

/** build/cli/cli.cjs run with the code cache of `name` (written when the process exits), if the bundle is there. */
export function cachedCli(name: string): CliScript | undefined {
  const script = join(folder, 'cli.cjs');
  if (!existsSync(script)) return undefined;
  const cli = runWithCodeCache(script, cacheFileFor(name));
  process.once('exit', () => cli.keep());
  return cli.exports as CliScript;
}

/**
 * The cache file of `name` for this build of the tool (build/cli/code-hash.txt) on this Node.js;
 * none for a word that cannot be a command's name (a mistyped path), nor without the record or a
 * cache folder.
 */
function cacheFileFor(name: string): string | undefined {
  const code = recordedCodeHash(folder);
  if (!/^[a-z][a-z-]{0,31}$/.test(name) || code === undefined) return undefined;
  const cache = codeCacheFolder();
  return cache && join(cache, `cli-${code}-${process.version}-${process.arch}-${name}.bin`);
}
