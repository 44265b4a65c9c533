import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');

/**
 * Run the built CLI as a user would, in `cwd`; returns exit code and both streams. Colour is off
 * (`NO_COLOR=1`) unless `env` says otherwise; an `undefined` value removes the variable.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): { code: number; stdout: string; stderr: string } {
  const merged: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, TERM: undefined, NO_COLOR: '1', ...env };
  const childEnv = Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: childEnv });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
