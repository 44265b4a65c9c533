import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');

/**
 * Run the built CLI as a user would, in `cwd`; returns exit code and both streams. Colour is off
 * (`NO_COLOR=1`) unless `env` says otherwise; an `undefined` value removes the variable.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}, options: { timeoutMs?: number; input?: string } = {}): { code: number; stdout: string; stderr: string } {
  const merged: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, TERM: undefined, NO_COLOR: '1', ...env };
  const childEnv = Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined));
  // A command that hangs is killed after `timeoutMs` (status null: code -1), so the test fails instead of waiting forever.
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: childEnv, ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}), ...(options.input !== undefined ? { input: options.input } : {}) });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI in `cwd` as a user file permissions apply to. As root (CI containers) permissions do
 * not stop reads, so the CLI then runs as the unprivileged user "nobody", with every folder under
 * `cwd` opened to it (files keep their modes: an unreadable file stays unreadable).
 */
export function runCliWithoutPrivileges(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  if (process.getuid?.() !== 0) return runCli(args, cwd);
  chmodSync(cwd, 0o777);
  for (const entry of readdirSync(cwd, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) chmodSync(join(entry.parentPath, entry.name), 0o777);
  }
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, uid: 65534, gid: 65534 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
