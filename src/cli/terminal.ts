/** Where the CLI writes: injected so tests can capture output. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Whether to colour diagnostics. */
  color: boolean;
  /**
   * Live status on a terminal (stderr): shows `line` in place of the previous one, `''` clears it.
   * Absent when progress would only clutter: not a terminal, CI, `TERM=dumb`.
   */
  progress?: (line: string) => void;
}

export function processTerminal(): Terminal {
  ignoreClosedReaders();
  const isTTY = Boolean(process.stderr.isTTY);
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color: useColor(process.env, isTTY),
    ...(showProgress(process.env, isTTY) ? { progress: (line: string) => process.stderr.write(statusLine(line, process.stderr.columns)) } : {}),
  };
}

let ignoring = false;

/**
 * Output nobody reads any more is not an error: `coursewright build | grep -q zip` (grep stops at
 * the first line) or `graph --paths | head` closes the pipe, and the next write fails with EPIPE.
 * The command still does its work and exits with its own code (a stack trace and exit code 1 made
 * a pipeline with `pipefail`, as GitHub Actions runs, fail a build that had succeeded).
 */
function ignoreClosedReaders(): void {
  if (ignoring) return;
  ignoring = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    });
  }
}

/**
 * Whether long commands show live progress on stderr: only on a terminal, and not on CI (`CI` set
 * to anything but `false` or `0`, as CI services do, even when they fake a terminal) nor with
 * `TERM=dumb`, where the escape code that redraws the line would print raw. Logs stay as they were.
 */
export function showProgress(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * Back to the start of the line, erase it, write `line` cut to the width so it never wraps (a
 * wrapped line could not be redrawn). A terminal that reports no width (0) counts as 80 columns.
 */
export function statusLine(line: string, columns: number | undefined): string {
  const width = Math.max(10, (columns || 80) - 1);
  return `\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`;
}

/**
 * Whether diagnostics (written to stderr) are coloured. `FORCE_COLOR` is the user's explicit
 * choice and wins, as in Node itself: `0` turns colour off, any other value (even empty) turns it
 * on, also when stderr is a pipe (CI logs that render colour). Otherwise `NO_COLOR` (any non-empty
 * value, per no-color.org) and `TERM=dumb` (terminals that print escape codes raw) turn it off,
 * and colour is used only on a terminal.
 */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
