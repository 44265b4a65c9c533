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
    color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
  };
}
