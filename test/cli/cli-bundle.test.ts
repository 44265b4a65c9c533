import { isAscii } from 'node:buffer';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The Node bundles (scripts/build-tool.mjs) leave out parts of dependencies the tool never runs, so
// Node.js reads and compiles less at every start: zod's messages in other languages, js-yaml (only
// xmlbuilder2's YAML reader and writer use it) and Handlebars' compiler (templates are precompiled).
// Each marker below is text of the left-out part; the built CLI must still do what needed them.
const root = join(import.meta.dirname, '..', '..');
const builtCode = (): string =>
  [join(root, 'build', 'index.js'), ...readdirSync(join(root, 'build', 'cli'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.c?js$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name))]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
const work = mkdtempSync(join(tmpdir(), 'cw-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function course(name: string, extra = ''): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  writeFileSync(join(dir, 'course.yml'), `id: ${name}\ntitle: Speaking up\nversion: "1.0"\nlanguage: en\nlessons:\n  - lessons/a.md\ntargets: [scorm2004]\n${extra}`);
  writeFileSync(join(dir, 'lessons', 'a.md'), '---\ntitle: Noticing\n---\n\nWhat you notice first matters.\n');
  return dir;
}

describe('the built CLI and library', () => {
  it('hold none of zod’s other languages, js-yaml or Handlebars’ compiler', () => {
    const code = builtCode();
    expect(code).not.toContain('Ungültige Eingabe'); // zod's German messages
    expect(code).not.toContain('YAMLException'); // js-yaml
    expect(code).not.toContain('JavaScriptCompiler'); // Handlebars' compiler
    expect(code).toContain('expected ${expected}, received ${received}'); // zod's English messages stay
  });

  it('is ASCII in its one-script form, which a command then reads without decoding it', () => {
    const script = readFileSync(join(root, 'build', 'cli', 'cli.cjs'));
    expect(isAscii(script)).toBe(true);
  });

  it('still report schema problems, in plain words, and write manifests with xmlbuilder2', () => {
    const bad = runCli(['validate', course('bad', 'masteryScore: "eighty"\n')], work);
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('Unexpected value for "masteryScore": expected a number, found text.');
    const out = join(work, 'out');
    const good = runCli(['build', course('good'), '--out', out], work);
    expect(good.stderr + good.stdout).toContain('built (0 errors, 0 warnings)');
    expect(good.code).toBe(0);
    expect(readdirSync(out)).toContain('good-scorm2004-1.0.zip');
  });
});
