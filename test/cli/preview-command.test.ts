import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'coursewright.js');

/** Starts `coursewright preview …` and waits for the address it prints; stops it with Ctrl-C afterwards. */
async function withPreview(args: string[], use: (url: string, printed: () => string) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, [bin, 'preview', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let output = '';
  try {
    const url = await new Promise<string>((found, fail) => {
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match?.[1]) found(match[1]);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', () => fail(new Error(`preview exited:\n${output}`)));
    });
    await use(url, () => output);
  } finally {
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }
}

describe('coursewright preview --edition --language', () => {
  it('opens on the edition and language asked for', async () => {
    await withPreview(['courses/respect-at-work', '--port', '0', '--edition', 'manager', '--language', 'es'], async (url) => {
      const page = await (await fetch(new URL('course/', url))).text();
      expect(page).toContain('<title>Respeto en el trabajo para responsables de equipo');
      expect(page).toContain('lang="es"');
    });
  }, 60_000);

  it('refuses an edition or a language the course does not have, naming those it has', () => {
    const edition = runCli(['preview', 'courses/respect-at-work', '--port', '0', '--edition', 'managers'], root);
    expect(edition.stderr).toContain('Unknown edition "managers" (did you mean "manager"?); this course has: employee, manager, refresher.');
    expect(edition.code).toBe(2);
    const language = runCli(['preview', 'courses/respect-at-work', '--port', '0', '--language', 'fr'], root);
    expect(language.stderr).toContain('Unknown language "fr"; this course has: en, es.');
    expect(language.code).toBe(2);
  }, 60_000);

  it('says, when the course it starts on has an error, that there is no earlier build to show', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cw-preview-broken-'));
    try {
      cpSync(join(root, 'courses', 'getting-started'), join(work, 'gs'), { recursive: true });
      writeFileSync(join(work, 'gs', 'lessons', 'your-privacy.md'), '---\ntitle: Broken\n---\n![](../media/none.png)\n');
      await withPreview([join(work, 'gs'), '--port', '0'], async (url, printed) => {
        // The page answers (what it shows of the errors is the preview's own tests'), as in the tests above.
        expect((await fetch(new URL('course/', url))).status).toBeLessThan(500);
        expect(printed()).toMatch(/gs: 2 error\(s\), read in \d+ ms; the preview shows them until a build works/);
        expect(printed()).not.toContain('last build that worked');
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

