/** A usage or configuration problem: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes, as documented in the README. */
export const exitCodes = { ok: 0, content: 1, usage: 2, internal: 3 } as const;
