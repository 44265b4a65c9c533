import { chmodSync, existsSync, linkSync, readdirSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { createDiskSource } from '../../src/load/course-source.js';
import { maxMarkdownBytes, maxSvgBytes, maxYamlBytes } from '../../src/load/text-file-limits.js';
import { runCli, runCliWithoutPrivileges } from '../cli/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'cw-source-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A one-lesson course on disk whose lesson shows media/a.png; returns its folder. */
function course(name: string, lesson = '---\ntitle: One\n---\n# One\n\n![A dot](../media/a.png)\n'): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'lessons'), { recursive: true });
  mkdirSync(join(dir, 'media'), { recursive: true });
  writeFileSync(join(dir, 'course.yml'), 'id: one\ntitle: One\ntargets: [web]\nlessons:\n  - lessons/one.md\n');
  writeFileSync(join(dir, 'lessons', 'one.md'), lesson);
  writeFileSync(join(dir, 'media', 'a.png'), png);
  return dir;
}

/**
 * Compiles `dir` as a user file permissions apply to. As root (CI containers), permissions do not
 * stop reads, so the built library runs in a child process as the unprivileged user "nobody".
 */
async function compileWithoutPrivileges(dir: string, validateOnly: boolean): Promise<{ diagnostics: Diagnostic[] }> {
  if (process.getuid?.() !== 0) return compileCourse({ dir, validateOnly });
  chmodSync(work, 0o755);
  const library = pathToFileURL(join(import.meta.dirname, '..', '..', 'build', 'index.js')).href;
  const script = `const { compileCourse } = await import(${JSON.stringify(library)});
const result = await compileCourse({ dir: ${JSON.stringify(dir)}, validateOnly: ${validateOnly} });
process.stdout.write(JSON.stringify({ diagnostics: result.diagnostics }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the unprivileged build failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { diagnostics: Diagnostic[] };
}


const summary = (diagnostics: { code: string; file?: string; range?: { start: { line: number; column: number } }; message: string }[]): string[] =>
  diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`);

describe('text files over their size limit are refused before they are read', () => {
  it('a lesson over 128 KB is reported where course.yml lists it, with the limit and how to split it', async () => {
    const dir = course('big-lesson');
    truncateSync(join(dir, 'lessons', 'one.md'), maxMarkdownBytes + 1);
    const result = await compileCourse({ dir, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['course.yml:5:5 file-too-large']);
    expect(result.diagnostics[0]?.message).toBe('"lessons/one.md" is 131,073 bytes, more than the 128 KB coursewright reads from a Markdown file (lesson or transcript); it was not read.');
    expect(result.diagnostics[0]?.hint).toMatch(/^Split the lesson into several lessons of at most 128 KB each: move its later sections into new files in lessons\/ and list them in course\.yml "lessons"/);
    expect(result.diagnostics[0]?.related?.[0]?.file).toBe('lessons/one.md');
  });

  it('a lesson of 128 KB is read', async () => {
    const dir = course('lesson-at-limit');
    const start = '---\ntitle: One\n---\n# One\n\n';
    writeFileSync(join(dir, 'lessons', 'one.md'), start + 'word '.repeat(maxMarkdownBytes).slice(0, maxMarkdownBytes - start.length - 1) + '\n');
    expect((await compileCourse({ dir, validateOnly: true })).diagnostics).toEqual([]);
  });

  it('an SVG over 10 MB is reported at the image that shows it', async () => {
    const dir = course('big-svg', '---\ntitle: One\n---\n# One\n\n![Chart](../media/chart.svg)\n');
    writeFileSync(join(dir, 'media', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    truncateSync(join(dir, 'media', 'chart.svg'), maxSvgBytes + 1);
    const result = await compileCourse({ dir, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['lessons/one.md:6:1 file-too-large']);
    expect(result.diagnostics[0]?.message).toContain('more than the 10 MB coursewright reads from an SVG picture');
  });

  it('course.yml over 256 KB: exit 1 with the file named, no stack trace', () => {
    const dir = course('big-course-yml');
    truncateSync(join(dir, 'course.yml'), maxYamlBytes + 1);
    const result = runCli(['validate', relative(work, dir)], work);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/big-course-yml\/course\.yml:1:1 error "course\.yml" is 262,145 bytes, more than the 256 KB .*file-too-large/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('build --edition reads course.yml as the build does', () => {
  const withEditions = (name: string): string => {
    const dir = course(name);
    writeFileSync(join(dir, 'course.yml'), 'id: one\ntitle: One\ntargets: [web]\neditions:\n  staff: { title: Staff }\nlessons:\n  - lessons/one.md\n');
    return dir;
  };

  it('course.yml over its limit: exit 1 with the file named, not a usage error or a crash', () => {
    const dir = withEditions('editions-big');
    truncateSync(join(dir, 'course.yml'), maxYamlBytes + 1);
    const result = runCli(['build', relative(work, dir), '--edition', 'staff', '--out', join(work, 'out-editions-big')], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/editions-big\/course\.yml:1:1 error "course\.yml" is 262,145 bytes, more than the 256 KB .*file-too-large/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('a course.yml that is a named pipe is not opened (it would wait forever); the build says there is no course.yml', () => {
    const dir = withEditions('editions-fifo');
    rmSync(join(dir, 'course.yml'));
    spawnSync('mkfifo', [join(dir, 'course.yml')]);
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'coursewright.js');
    const child = spawnSync(process.execPath, [bin, 'build', relative(work, dir), '--edition', 'staff', '--out', join(work, 'out-editions-fifo')], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000, killSignal: 'SIGKILL' });
    expect(child.signal, 'the build waited on the pipe').toBeNull();
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('course-not-found');
  });

  it('an unreadable course.yml: exit 1 with the file named', () => {
    const dir = withEditions('editions-unreadable');
    chmodSync(join(dir, 'course.yml'), 0o000);
    const result = runCliWithoutPrivileges(['build', relative(work, dir), '--edition', 'staff', '--out', join(work, 'out-editions-unreadable')], work);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/editions-unreadable\/course\.yml:1:1 error Could not read "course\.yml": .*file-unreadable/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('only the course’s own regular files are read', () => {
  const outside = join(work, 'outside-secret.txt');
  writeFileSync(outside, 'secret');

  it('a hard link to a file outside the course is refused where it is used', async () => {
    const dir = course('hard-link', '---\ntitle: One\n---\n# One\n\n[Notes](../media/notes.txt)\n');
    linkSync(outside, join(dir, 'media', 'notes.txt'));
    const result = await compileCourse({ dir, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['lessons/one.md:6:1 file-hard-linked']);
  });

  it('a hard-linked lesson is refused, not read', async () => {
    const dir = course('hard-link-lesson');
    linkSync(join(dir, 'lessons', 'one.md'), join(work, 'lesson-copy.md'));
    const result = await compileCourse({ dir, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['course.yml:5:5 file-hard-linked']);
  });

  it('a symbolic link in the course, even to a file of the course, is named as such where it is used, not as a missing file', async () => {
    const dir = course('link-inside', '---\ntitle: One\n---\n# One\n\n![A dot](../media/alias.png)\n');
    symlinkSync(join(dir, 'media', 'a.png'), join(dir, 'media', 'alias.png'));
    symlinkSync(join(dir, 'lessons', 'one.md'), join(dir, 'lessons', 'two.md'));
    writeFileSync(join(dir, 'course.yml'), 'id: one\ntitle: One\ntargets: [web]\nlessons:\n  - lessons/one.md\n  - lessons/two.md\n');
    const result = await compileCourse({ dir, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['course.yml:6:5 file-unreadable', 'lessons/one.md:6:1 file-unreadable']);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'Could not read "lessons/two.md": it is a symbolic link, which is never read from a course; copy the file itself into the course.',
      'Could not read "media/alias.png": it is a symbolic link, which is never read from a course; copy the file itself into the course.',
    ]);
  });

  it('a file in a folder that is a symbolic link, and a course.yml that is one, are named as such, not as missing', async () => {
    const dir = course('folder-link', '---\ntitle: One\n---\n# One\n\n![A dot](../shared/a.png)\n');
    symlinkSync(join(dir, 'media'), join(dir, 'shared'));
    const result = await compileCourse({ dir, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['lessons/one.md:6:1 file-unreadable']);
    expect(result.diagnostics[0]?.message).toBe('Could not read "shared/a.png": it is in "shared", a symbolic link to a folder, which is never read from a course; copy the folder itself into the course.');
    const linked = course('course-yml-link');
    renameSync(join(linked, 'course.yml'), join(work, 'course-yml-link.yml'));
    symlinkSync(join(work, 'course-yml-link.yml'), join(linked, 'course.yml'));
    const refused = await compileCourse({ dir: linked, validateOnly: true });
    expect(refused.diagnostics.map((d) => d.message)).toEqual(['Could not read "course.yml": it is a symbolic link, which is never read from a course; copy the file itself into the course.']);
  });

  it('a scenario file that is a symbolic link is named as such where the lesson uses it', async () => {
    const dir = course('scenario-link', '---\ntitle: One\n---\n# One\n\n::scenario{src="../scenarios/alias.yml"}\n');
    mkdirSync(join(dir, 'scenarios'));
    writeFileSync(join(dir, 'scenarios', 'real.yml'), 'id: s\ntitle: S\nstart: a\nnodes:\n  a:\n    text: Hi\n    end: true\n    outcome: positive\n');
    symlinkSync(join(dir, 'scenarios', 'real.yml'), join(dir, 'scenarios', 'alias.yml'));
    const result = await compileCourse({ dir, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['lessons/one.md:6:12 file-unreadable']);
    expect(result.diagnostics[0]?.message).toContain('it is a symbolic link, which is never read from a course');
  });

  it('a lesson swapped for a symlink after the folder was listed is not followed', async () => {
    const dir = course('swapped-lesson');
    const source = createDiskSource(dir, 'swapped-lesson');
    unlinkSync(join(dir, 'lessons', 'one.md'));
    symlinkSync(outside, join(dir, 'lessons', 'one.md'));
    const result = await compileCourse({ source, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['course.yml:5:5 file-unreadable']);
    expect(result.diagnostics[0]?.message).toBe('Could not read "lessons/one.md": it is a symbolic link, which is never read from a course.');
  });

  it('a lesson that changes while the build reads it is named, never built from two versions', async () => {
    // The lesson is changed in place (same file) right after its front matter is read: its blocks,
    // read again in the second pass, would come from the new text.
    const dir = course('changed-lesson');
    const disk = createDiskSource(dir, 'changed-lesson');
    let reads = 0;
    const source = {
      ...disk,
      readText: (path: string) => {
        const text = disk.readText(path);
        if (path === 'lessons/one.md' && ++reads === 1) writeFileSync(join(dir, 'lessons', 'one.md'), '---\ntitle: Two\n---\n# Two\n');
        return text;
      },
    };
    const result = await compileCourse({ source });
    expect(result.artifacts).toEqual([]);
    expect(summary(result.diagnostics)).toEqual(['course.yml:5:5 file-unreadable']);
    expect(result.diagnostics[0]?.message).toBe('Could not read "lessons/one.md": it changed while the build ran.');
  });

  it('a media file swapped for another file after listing is not packaged', async () => {
    const dir = course('swapped-media');
    const source = createDiskSource(dir, 'swapped-media');
    writeFileSync(join(dir, 'media', 'a.tmp'), png); // same bytes, another inode (made while the old one exists)
    renameSync(join(dir, 'media', 'a.tmp'), join(dir, 'media', 'a.png'));
    const result = await compileCourse({ source });
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'package-source-unreadable: Could not read "media/a.png" while packaging: it was replaced by another file or a link while the build ran.',
    ]);
  });

  it('an SVG changed in place after it was checked is not packaged: a package holds the drawing as checked, or none', async () => {
    const safe = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n';
    const dir = course('changed-svg', '---\ntitle: One\n---\n# One\n\n![A square](../media/a.svg)\n');
    writeFileSync(join(dir, 'media', 'a.svg'), safe);
    const disk = createDiskSource(dir, 'changed-svg');
    const source = {
      ...disk,
      readText: (path: string) => {
        const text = disk.readText(path);
        // Checked, then rewritten (same file, same size) before the packager reads it.
        if (path === 'media/a.svg') writeFileSync(join(dir, 'media', 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>\n');
        return text;
      },
    };
    const result = await compileCourse({ source, outDir: join(dir, 'out') });
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'package-source-unreadable: Could not read "media/a.svg" while packaging: it changed while the build ran.',
    ]);
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
  });

  it('a media file swapped for a symlink is not followed', async () => {
    const dir = course('symlinked-media');
    const source = createDiskSource(dir, 'symlinked-media');
    unlinkSync(join(dir, 'media', 'a.png'));
    symlinkSync(outside, join(dir, 'media', 'a.png'));
    const result = await compileCourse({ source });
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['package-source-unreadable']);
  });

  it('an unreadable file no lesson uses does not fail the build; a used one is named', async () => {
    const dir = course('unreadable');
    writeFileSync(join(dir, 'notes.md'), 'draft');
    chmodSync(join(dir, 'notes.md'), 0o000);
    mkdirSync(join(dir, 'private'));
    chmodSync(join(dir, 'private'), 0o000);
    expect((await compileWithoutPrivileges(dir, false)).diagnostics).toEqual([]);
    chmodSync(join(dir, 'lessons', 'one.md'), 0o000);
    const result = await compileWithoutPrivileges(dir, true);
    expect(summary(result.diagnostics)).toEqual(['course.yml:5:5 file-unreadable']);
  });

  it('a folder where a file was listed (EISDIR) is named, never a crash', async () => {
    const dir = course('became-folder');
    const source = createDiskSource(dir, 'became-folder');
    unlinkSync(join(dir, 'lessons', 'one.md'));
    mkdirSync(join(dir, 'lessons', 'one.md'));
    const result = await compileCourse({ source, validateOnly: true });
    expect(summary(result.diagnostics)).toEqual(['course.yml:5:5 file-unreadable']);
  });
});
