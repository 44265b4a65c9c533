import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';

const dir = join(import.meta.dirname, '..', '..', 'courses', 'respect-at-work');

/** The course's files; Markdown and YAML with the line ends `eol`, as a checkout on Windows may give them. */
function courseFiles(eol: '\n' | '\r\n'): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = /\.(md|ya?ml)$/.test(name) ? readFileSync(path, 'utf8').replace(/\r?\n/g, eol) : readFileSync(path);
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
});
