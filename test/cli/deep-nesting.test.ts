import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'cw-deep-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A one-lesson course whose lesson body is `body`. */
function course(name: string, body: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  writeFileSync(join(dir, 'course.yml'), 'id: deep\ntitle: Deep\nlessons: [lessons/one.md]\n');
  writeFileSync(join(dir, 'lessons', 'one.md'), `---\ntitle: One\n---\n${body}\n`);
  return dir;
}

/** Found by fuzzing: these ended in exit 3, "Maximum call stack size exceeded". */
describe('deeply nested Markdown is a content error, not a crash', () => {
  it.each([
    ['2,000 nested quotes on one line', `${'>'.repeat(2000)} hi`, '4:101'],
    ['20,000 nested quotes on one line', `${'>'.repeat(20_000)} hi`, '4:101'],
    ['nested lists and quotes on one line', `${'- > '.repeat(2000)}hi`, '4:201'],
    ['nested emphasis', `${'*a _'.repeat(100)}x${'_ a*'.repeat(100)}`, '4:'],
  ])('%s', (name, body, position) => {
    const result = runCli(['validate', course(name.replace(/\W+/g, '-'), body), '--format', 'json'], work);
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(1);
    type Report = { courses: { diagnostics: { code: string; range?: { start: { line: number; column: number } } }[] }[] };
    const found = (JSON.parse(result.stdout) as Report).courses.flatMap((c) => c.diagnostics);
    const deep = found.find((d) => d.code === 'markdown-too-deep');
    expect(`${deep?.range?.start.line}:${deep?.range?.start.column}`).toContain(position);
  });
});
