import { spawn } from 'node:child_process';
import { closeSync, cpSync, ftruncateSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');
const sample = join(import.meta.dirname, '..', '..', 'courses', 'respect-at-work');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-interrupt-'));
  cpSync(sample, join(work, 'course'), { recursive: true });
  // A sparse 1 GB video: costs no disk space, but takes the packager long enough to interrupt.
  const fd = openSync(join(work, 'course', 'media', 'amara.mp4'), 'w');
  ftruncateSync(fd, 1024 * 1024 * 1024);
  closeSync(fd);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Start a build, send `signal` as soon as a package's temporary file exists, return the exit code. */
function interruptBuild(signal: NodeJS.Signals): Promise<{ code: number | null; sawTemp: boolean; stderr: string }> {
  const out = join(work, 'dist');
  const child = spawn(process.execPath, [bin, 'build', 'course', '--target', 'scorm12', '--out', out], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let sawTemp = false;
  const poll = setInterval(() => {
    let names: string[] = [];
    try {
      names = readdirSync(out);
    } catch {
      return;
    }
    if (!sawTemp && names.some((name) => name.endsWith('.tmp'))) {
      sawTemp = true;
      child.kill(signal);
    }
  }, 5);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, sawTemp, stderr });
    });
  });
}

describe('coursewright build interrupted', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s removes the unfinished package and exits %i', async (signal, expected) => {
    const result = await interruptBuild(signal);
    expect(result.sawTemp).toBe(true);
    expect(result.code).toBe(expected);
    expect(result.stderr).toContain(`interrupted (${signal}); removed 1 unfinished package`);
    expect(readdirSync(join(work, 'dist'))).toEqual([]);
  }, 30_000);
});
