import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';

const dir = join(import.meta.dirname, '..', '..', 'courses', 'respect-at-work');

/**
 * The course's files; Markdown and YAML with the line ends `eol`, as a checkout on Windows may give
 * them, and starting with `start` (a byte order mark, as Notepad saves UTF-8).
 */
function courseFiles(eol: '\n' | '\r\n', start = ''): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = /\.(md|ya?ml)$/.test(name) ? start + readFileSync(path, 'utf8').replace(/\r?\n/g, eol) : readFileSync(path);
    }
  };
  walk(dir);
  return files;
}

describe('line ends', () => {
  it('builds byte-identical packages from a checkout with CRLF line ends', async () => {
    const options = { targets: ['scorm12' as const], editions: ['manager'] };
    const [lf, crlf] = await Promise.all([compileCourse({ files: courseFiles('\n'), ...options }), compileCourse({ files: courseFiles('\r\n'), ...options })]);
    expect(crlf.diagnostics).toEqual([]);
    expect(crlf.artifacts.map((a) => a.fileName)).toEqual(lf.artifacts.map((a) => a.fileName));
    expect(crlf.artifacts.length).toBeGreaterThan(0);
    crlf.artifacts.forEach((artifact, i) => expect(Buffer.compare(Buffer.from(artifact.bytes ?? []), Buffer.from(lf.artifacts[i]?.bytes ?? [])), artifact.fileName).toBe(0));
  });

  it('points at the same line and column in a CRLF file', async () => {
    const course = 'id: crlf\ntitle: CRLF\nlessons:\n  - lessons/one.md\n';
    const lesson = '---\ntitle: One\n---\n\nText.\n\n![](missing.png)\n';
    const at = async (eol: string) => (await compileCourse({ files: { 'course.yml': course.replace(/\n/g, eol), 'lessons/one.md': lesson.replace(/\n/g, eol) }, validateOnly: true }))
      .diagnostics.map((d) => ({ code: d.code, range: d.range }));
    expect(await at('\r\n')).toEqual(await at('\n'));
    expect((await at('\r\n')).length).toBeGreaterThan(0);
  });

  it('reads files saved with a byte order mark from disk as without it: same packages, same positions', async () => {
    // On disk, as an author's editor saved them (the files in memory are decoded another way).
    const folders: string[] = [];
    const onDisk = (files: Record<string, string | Uint8Array>): string => {
      const folder = mkdtempSync(join(tmpdir(), 'cw-bom-'));
      folders.push(folder);
      for (const [path, contents] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), contents);
      }
      return folder;
    };
    try {
      const options = { targets: ['scorm12' as const], editions: ['manager'] };
      const [plain, marked] = await Promise.all([compileCourse({ dir: onDisk(courseFiles('\n')), ...options }), compileCourse({ dir: onDisk(courseFiles('\r\n', '\uFEFF')), ...options })]);
      expect(marked.diagnostics).toEqual([]);
      expect(marked.artifacts.length).toBeGreaterThan(0);
      marked.artifacts.forEach((artifact, i) => expect(Buffer.compare(Buffer.from(artifact.bytes ?? []), Buffer.from(plain.artifacts[i]?.bytes ?? [])), artifact.fileName).toBe(0));

      const course = 'id: bom\ntitle: BOM\nlessons:\n  - lessons/one.md\n';
      const lesson = '---\ntitle: One\n---\n\n:::note\nText.\n\n![](missing.png)\n';
      const at = async (start: string) => (await compileCourse({ dir: onDisk({ 'course.yml': start + course, 'lessons/one.md': start + lesson }), validateOnly: true }))
        .diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message, hint: d.hint }));
      expect(await at('\uFEFF')).toEqual(await at(''));
      expect((await at('\uFEFF')).map((d) => d.code)).toContain('directive-unclosed');
    } finally {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    }
  });
});
