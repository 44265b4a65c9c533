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

/**
 * build/cli/cli.cjs run with the code cache of `name` (written when the process exits), if the
 * bundle is there. With `warn`, a cache folder named by COURSEWRIGHT_CODE_CACHE that cannot be
 * used is said on stderr (a command, not each of a build's child processes).
 */
export function cachedCli(name: string, options: { warn?: boolean } = {}): CliScript | undefined {
  const script = join(folder, 'cli.cjs');
  if (!existsSync(script)) return undefined;
  const cli = runWithCodeCache(script, cacheFileFor(name, options.warn ? (message) => process.stderr.write(`coursewright: ${message}\n`) : undefined));
  process.once('exit', () => cli.keep());
  return cli.exports as CliScript;
}

/**
 * The cache file of `name` for this build of the tool (build/cli/code-hash.txt) on this Node.js;
 * none for a word that cannot be a command's name (a mistyped path), nor without the record or a
 * cache folder.
 */
function cacheFileFor(name: string, warn?: (message: string) => void): string | undefined {
  const code = recordedCodeHash(folder);
  if (!/^[a-z][a-z-]{0,31}$/.test(name) || code === undefined) return undefined;
  const cache = codeCacheFolder(process.env, warn);
  return cache && join(cache, `cli-${code}-${process.version}-${process.arch}-${name}.bin`);
}
