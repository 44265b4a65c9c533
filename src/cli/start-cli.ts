import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFolder, runWithCodeCache } from './code-cache.js';

/**
 * Runs the CLI with `args` and gives its exit code. A command (a first argument that is not an
 * option) runs the whole CLI from the one-script bundle build/cli/cli.cjs with V8's code cache
 * (code-cache.ts), kept per command and per build of the tool; `--help`, `--version` and no
 * arguments load only the command-line program (a chunk of this bundle), which is quicker than
 * any cache. Running from src/ (the tests of the CLI's parts), there is no bundle and no cache.
 */
export async function startCli(args: readonly string[]): Promise<number> {
  const command = args[0];
  const folder = dirname(fileURLToPath(import.meta.url));
  const script = join(folder, 'cli.cjs');
  if (command !== undefined && !command.startsWith('-') && existsSync(script)) {
    const cli = runWithCodeCache(script, cacheFileFor(folder, command));
    process.once('exit', () => cli.keep());
    return (cli.exports as { run: (argv: readonly string[]) => Promise<number> }).run(args);
  }
  const { run } = await import('./program.js');
  return run(args);
}

/**
 * The cache file of `command` for this build of the tool (build/cli/code-hash.txt) on this Node.js;
 * none for a word that is not a command's name, nor without the record or a cache folder.
 */
function cacheFileFor(folder: string, command: string): string | undefined {
  if (!/^[a-z][a-z-]{0,31}$/.test(command)) return undefined;
  let code: string;
  try {
    code = readFileSync(join(folder, 'code-hash.txt'), 'utf8').trim();
  } catch {
    return undefined;
  }
  const cache = codeCacheFolder();
  return cache && join(cache, `cli-${code}-${process.version}-${process.arch}-${command}.bin`);
}
