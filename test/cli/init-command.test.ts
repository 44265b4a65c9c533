import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'cw-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('init --title writes the title as YAML, whatever it holds', () => {
  it.each([
    ['quotes', 'He said "hi" and \'bye\''],
    ['a replacement pattern', "Costs in $'s and $& and $1"],
    ['YAML syntax', 'Fire safety: part 1 # basics'],
    ['a line break', 'Two\nlines'],
    ['a backslash and unicode', 'C:\\temp — Überblick 🚑'],
    ['a leading symbol', '- [not a list] & *not an alias'],
  ])('%s', (name, title) => {
    const dir = `course-${name.replace(/\W+/g, '-')}`;
    const init = runCli(['init', dir, '--title', title], work);
    expect(init.code).toBe(0);
    const doc = parseDocument(readFileSync(join(work, dir, 'course.yml'), 'utf8'));
    expect(doc.errors).toEqual([]);
    expect(doc.get('title')).toBe(title);
    expect(doc.get('lessons')).toBeDefined();
    const validate = runCli(['validate', dir], work);
    expect(validate.stderr).not.toContain('internal error');
    expect(validate.code).toBe(0);
  });
});
