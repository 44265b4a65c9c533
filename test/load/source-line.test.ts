import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { createDiskSource, createMemorySource, type CourseSource } from '../../src/load/course-source.js';
import { sourceLine } from '../../src/load/source-line.js';

/** A source that counts how often each file's text is asked for. */
function counting(source: CourseSource): { source: CourseSource; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    source: { ...source, readText: (path) => (reads.set(path, (reads.get(path) ?? 0) + 1), source.readText(path)) },
  };
}

describe('sourceLine', () => {
  it('gives a line of the file as the source reads it, and "" past the end', () => {
    const source = createMemorySource({ 'lessons/a.md': 'one\r\ntwo\nthree' });
    expect([1, 2, 3, 4].map((line) => sourceLine(source, 'lessons/a.md', line))).toEqual(['one', 'two', 'three', '']);
  });

  // Each block reported at a word of its line used to split the whole lesson again: a lesson of
  // many small blocks took minutes to build (quadratic).
  it('reads and splits a lesson once, however many of its blocks are reported at a word', async () => {
    const blocks = Array.from({ length: 300 }, (_, i) => `:::reflection{#r${i} bogus=1}\nWhat do you check first?\n:::\n`).join('\n');
    const { source, reads } = counting(
      createMemorySource({
        'course.yml': 'id: many\ntitle: Many\ntargets: [web]\nlessons:\n  - lessons/many.md\n',
        'lessons/many.md': `---\ntitle: Many\n---\n${blocks}`,
      }),
    );
    const result = await compileCourse({ source, validateOnly: true });
    expect(result.diagnostics.filter((d) => d.code === 'unknown-attribute')).toHaveLength(300);
    expect(result.diagnostics[0]?.range?.start).toEqual({ line: 4, column: 19 });
    expect(reads.get('lessons/many.md')).toBeLessThan(5);
  });

  // The build reads a lesson for its front matter, again for its blocks (the same text, or it is
  // refused), and again for a line a message points into. Changed after its blocks were read, the
  // lesson is not read a third time: the message points at its block, and nothing else changes.
  it('a lesson changed after its blocks were parsed: messages point at the block, never a crash', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cw-source-line-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    mkdirSync(join(work, 'lessons'));
    writeFileSync(join(work, 'course.yml'), 'id: changing\ntitle: Changing\ntargets: [web]\neditions:\n  staff: { title: Staff }\n  lead: { title: Leads }\nlessons:\n  - lessons/a.md\n');
    // A misspelt edition is placed word by word, from the lesson's line read again (only then).
    writeFileSync(join(work, 'lessons', 'a.md'), '---\ntitle: A\n---\n:::only{editions="staf"}\nWhat do you check first?\n:::\n');
    const disk = createDiskSource(work, 'changing');
    let reads = 0;
    const source: CourseSource = {
      ...disk,
      readText: (path) => {
        if (path === 'lessons/a.md' && ++reads === 3) writeFileSync(join(work, 'lessons', 'a.md'), '---\ntitle: B\n---\nChanged.\n');
        return disk.readText(path);
      },
    };
    const result = await compileCourse({ source, validateOnly: true });
    expect(reads).toBe(3);
    expect(result.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`)).toEqual(['lessons/a.md:4:9 edition-unknown']);
    expect(result.course?.lessons[0]?.title).toBe('A');
  });
});
