import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { showProgress, statusLine, type Terminal } from '../../src/cli/terminal.js';
import { runCli } from './run-cli.js';

const root = join(import.meta.dirname, '..', '..');
let work: string;
let gettingStarted: string;
let respectAtWork: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-progress-'));
  cpSync(join(root, 'courses'), join(work, 'courses'), { recursive: true });
  gettingStarted = join(work, 'courses', 'getting-started');
  respectAtWork = join(work, 'courses', 'respect-at-work');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A terminal that records what the CLI writes; `tty` gives it the live status line a real terminal has. */
function recordingTerminal(tty: boolean): Terminal & { stdout: string[]; stderr: string[]; status: string[] } {
  const term = { stdout: [] as string[], stderr: [] as string[], status: [] as string[], color: false };
  return {
    ...term,
    out: (text) => term.stdout.push(text),
    err: (text) => term.stderr.push(text),
    ...(tty ? { progress: (line: string) => term.status.push(line) } : {}),
  };
}

let outs = 0;
const out = (): string => join(work, `dist-${++outs}`);

describe('build progress on a terminal', () => {
  it('shows each package being made, then clears the line and prints the total at the end', async () => {
    const term = recordingTerminal(true);
    expect(await run(['build', gettingStarted, '--target', 'scorm12,xapi', '--out', out()], term)).toBe(0);
    expect(term.status).toEqual([`[1/2] ${gettingStarted}: en scorm12 …`, `[2/2] ${gettingStarted}: en xapi …`, '']);
    expect(term.stderr[0]).toBe(`${gettingStarted}: built (0 errors, 0 warnings)`);
    expect(term.stderr.at(-1)).toMatch(/^2 packages in \d+\.\d s$/);
    expect(term.stdout.filter((line) => line.endsWith('KB'))).toHaveLength(2);
  });

  it('checks the courses, then counts every package of the build, editions and languages named', async () => {
    const term = recordingTerminal(true);
    expect(await run(['build', gettingStarted, respectAtWork, '--target', 'xapi', '--out', out()], term)).toBe(0);
    expect(term.status[0]).toBe('checking 2 courses …');
    const packages = term.status.slice(1, -1);
    // Several processes may build at once, so the courses' lines can interleave; the count runs on.
    expect(packages.map((line) => /^\[(\d+)\/7\] /.exec(line)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    for (const variant of ['employee en', 'employee es', 'manager en', 'manager es', 'refresher en', 'refresher es']) {
      expect(packages.filter((line) => line.endsWith(`] ${respectAtWork}: ${variant} xapi …`)), variant).toHaveLength(1);
    }
    expect(packages.filter((line) => line.endsWith(`] ${gettingStarted}: en xapi …`))).toHaveLength(1);
    expect(term.status.at(-1)).toBe('');
    expect(term.stderr.at(-1)).toMatch(/^7 packages in \d+\.\d s$/);
  });

  it('shows nothing with --quiet or --format json', async () => {
    for (const flag of ['--quiet', '--format=json']) {
      const term = recordingTerminal(true);
      expect(await run(['build', gettingStarted, '--target', 'xapi', '--out', out(), flag], term)).toBe(0);
      expect(term.status, flag).toEqual([]);
      expect(term.stderr.some((line) => / in \d+\.\d s$/.test(line)), flag).toBe(false);
    }
  });

  it('shows nothing for validate, which makes no packages', async () => {
    const term = recordingTerminal(true);
    expect(await run(['validate', gettingStarted], term)).toBe(0);
    expect(term.status).toEqual([]);
    expect(term.stderr).toEqual([`${gettingStarted}: checked (0 errors, 0 warnings)`]);
  });

  it('names a course given as "." or ".." by its folder\'s name', () => {
    expect(runCli(['validate', '.'], gettingStarted).stderr).toBe('getting-started: checked (0 errors, 0 warnings)\n');
    expect(runCli(['validate', '..'], join(gettingStarted, 'lessons')).stderr).toBe('getting-started: checked (0 errors, 0 warnings)\n');
    expect(runCli(['validate', './getting-started'], join(work, 'courses')).stderr).toBe('./getting-started: checked (0 errors, 0 warnings)\n');
  });

  it('prints nothing extra when stderr is not a terminal', async () => {
    const term = recordingTerminal(false);
    expect(await run(['build', gettingStarted, '--target', 'scorm12,xapi', '--out', out()], term)).toBe(0);
    expect(term.stderr).toEqual([`${gettingStarted}: built (0 errors, 0 warnings)`]);
  });
});

describe('when progress is shown', () => {
  it('only on a terminal, not on CI, not with TERM=dumb', () => {
    expect(showProgress({}, true)).toBe(true);
    expect(showProgress({}, false)).toBe(false);
    expect(showProgress({ CI: 'true' }, true)).toBe(false);
    expect(showProgress({ CI: '1' }, true)).toBe(false);
    expect(showProgress({ CI: 'false' }, true)).toBe(true);
    expect(showProgress({ TERM: 'dumb' }, true)).toBe(false);
    expect(showProgress({ TERM: 'xterm-256color', FORCE_COLOR: '1' }, false)).toBe(false);
  });

  it('redraws one line, cut to the terminal width so it never wraps', () => {
    expect(statusLine('[1/2] courses/a: en xapi …', 100)).toBe('\r\x1b[2K[1/2] courses/a: en xapi …');
    expect(statusLine('x'.repeat(50), 21)).toBe(`\r\x1b[2K${'x'.repeat(19)}…`);
    expect(statusLine('', 80)).toBe('\r\x1b[2K');
  });
});

// util-linux `script` runs the CLI on a real pseudo-terminal (Debian's bsdutils; .ci/run installs it
// when missing). Without it these tests fail and say so, rather than being skipped.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

describe('build progress from the real CLI on a pseudo-terminal', () => {
  it('has util-linux `script` to make the pseudo-terminal', () => {
    expect(hasScript, 'install util-linux `script` (Debian: apt-get install bsdutils)').toBe(true);
  });

  const onTerminal = (dist: string, env: Record<string, string>) => {
    const command = [process.execPath, join(root, 'bin', 'coursewright.js'), 'build', 'courses/getting-started', '--target', 'scorm12,xapi', '--out', dist].map((arg) => `'${arg}'`).join(' ');
    const inherited = Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'CI');
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8', env: { ...Object.fromEntries(inherited), TERM: 'xterm', ...env } });
  };

  it('shows the packages in place and the total', () => {
    const result = onTerminal(out(), {});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\r\x1b[2K[1/2] courses/getting-started: en scorm12 …\r\x1b[2K[2/2] courses/getting-started: en xapi …\r\x1b[2K');
    expect(result.stdout).toMatch(/\n2 packages in \d+\.\d s\r?\n$/);
  });

  it('prints nothing extra when CI=true, even on a terminal', () => {
    const result = onTerminal(out(), { CI: 'true' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('courses/getting-started: built (0 errors, 0 warnings)');
    expect(result.stdout).not.toContain('\x1b[2K');
    expect(result.stdout).not.toMatch(/packages in/);
  });
});
