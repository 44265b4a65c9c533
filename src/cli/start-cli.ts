/**
 * Runs the CLI with `args` and gives its exit code. A command (a first argument that is not an
 * option) runs the whole CLI from the one-script bundle build/cli/cli.cjs with V8's code cache
 * (cached-cli.ts), kept per command and per build of the tool; `--help`, `--version` and no
 * arguments load only the command-line program (a chunk of this bundle), which is quicker than
 * any cache. Running from src/ (the tests of the CLI's parts), there is no bundle and no cache.
 */
export async function startCli(args: readonly string[]): Promise<number> {
  const command = args[0];
  const cli = command !== undefined && !command.startsWith('-') ? (await import('./cached-cli.js')).cachedCli(command, { warn: true }) : undefined;
  return cli ? cli.run(args) : (await import('./program.js')).run(args);
}

/** Starts a build's child process (compile-worker.ts), with the code cache as a command. */
export async function startCompileWorker(): Promise<void> {
  const cli = (await import('./cached-cli.js')).cachedCli('compile-worker');
  return cli ? cli.serveCompileTasks() : (await import('./serve-compile-tasks.js')).serveCompileTasks();
}
