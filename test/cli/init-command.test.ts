import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runCli } from './run-cli.js';

const root = join(import.meta.dirname, '..', '..');
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
    ['a placeholder of the template', 'Week {{id}}: {{schema}}'],
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

/** The path in course.yml's `# yaml-language-server: $schema=…` comment, which editors resolve from the course folder. */
function schemaComment(courseDir: string): string {
  return /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join(courseDir, 'course.yml'), 'utf8'))?.[1] ?? '';
}

describe('init points the editor at the course schema', () => {
  const schema = readFileSync(join(root, 'schemas', 'course.schema.json'), 'utf8');

  it("of the project's node_modules/coursewright, named through that folder", () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    // As a linked install leaves it: a link to the package's real, versioned folder.
    symlinkSync(root, join(project, 'node_modules', 'coursewright'), 'dir');
    expect(runCli(['init', 'courses/first-aid'], project).code).toBe(0);
    const path = schemaComment(join(project, 'courses', 'first-aid'));
    expect(path).toBe('../../node_modules/coursewright/schemas/course.schema.json');
    expect(readFileSync(resolve(project, 'courses', 'first-aid', path), 'utf8')).toBe(schema);
  });

  it('of the running coursewright when no project installs it (a global install)', () => {
    const project = mkdtempSync(join(tmpdir(), 'cw-init-alone-'));
    try {
      expect(runCli(['init', 'first-aid'], project).code).toBe(0);
      const path = schemaComment(join(project, 'first-aid'));
      expect(path).not.toContain('\\');
      expect(readFileSync(resolve(project, 'first-aid', path), 'utf8')).toBe(schema);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
