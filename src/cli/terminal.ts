/** Where the CLI writes: injected so tests can capture output. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Whether to colour diagnostics. */
  color: boolean;
}

export function processTerminal(): Terminal {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color: useColor(process.env, Boolean(process.stderr.isTTY)),
  };
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
