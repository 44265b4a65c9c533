import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBuildCache } from '../../../src/cache/build-cache.js';
import { compileCourse } from '../../../src/compile.js';
import { createDiskSource, createMemorySource, type CourseSource } from '../../../src/load/course-source.js';

// A message that points at a word within a lesson line (an unknown attribute, a misspelt edition,
// an option's {#id}) takes the line from the text the parser read: the lesson is not read again.

/** A source that counts how often each file's text is asked for. */
function counting(source: CourseSource): { source: CourseSource; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    source: { ...source, readText: (path) => (reads.set(path, (reads.get(path) ?? 0) + 1), source.readText(path)) },
  };
}

describe('messages at a word of a lesson line', () => {
  // Each block reported at a word of its line used to split the whole lesson again: a lesson of
  // many small blocks took minutes to build (quadratic).
  it('read a lesson twice (its front matter, then its blocks), however many of its blocks are reported at a word', async () => {
    const blocks = Array.from({ length: 300 }, (_, i) => `:::reflection{#r${i} bogus=1}\nWhat do you check first?\n:::\n`).join('\n');
    const options = ':::check{#q}\nWhich?\n\n- [x] This {#same}\n- [ ] That {#same}\n:::\n';
    const { source, reads } = counting(
      createMemorySource({
        'course.yml': 'id: many\ntitle: Many\ntargets: [web]\neditions:\n  staff: { title: Staff }\nlessons:\n  - lessons/many.md\n',
        'lessons/many.md': `---\ntitle: Many\n---\n${blocks}\n${options}\n::::only{editions="staff staf"}\nFor staff.\n::::\n`,
      }),
    );
    const result = await compileCourse({ source, validateOnly: true });
    expect(result.diagnostics.filter((d) => d.code === 'unknown-attribute')).toHaveLength(300);
    expect(result.diagnostics[0]?.range?.start).toEqual({ line: 4, column: 19 });
    const at = (code: string): string[] => result.diagnostics.filter((d) => d.code === code).map((d) => `${d.range?.start.line}:${d.range?.start.column}-${d.range?.end?.column}`);
    expect(at('duplicate-option-id')).toEqual(['1208:13-18']);
    expect(at('edition-unknown')).toEqual(['1211:26-30']);
    expect(reads.get('lessons/many.md')).toBe(2);
  });

  it("point at the word in a lesson the build cache kept from an earlier build (the preview's rebuilds)", async () => {
    const cache = createBuildCache();
    const lesson = '---\ntitle: A\n---\n:::only{editions="staff staf"}\nFor staff.\n:::\n';
    const build = async (editions: string): Promise<string[]> => {
      const files = { 'course.yml': `id: kept\ntitle: Kept\ntargets: [web]\neditions:\n${editions}lessons:\n  - lessons/a.md\n`, 'lessons/a.md': lesson };
      const { diagnostics } = await compileCourse({ files, validateOnly: true, cache });
      return diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.code} ${d.message.split('"')[1]}`);
    };
    expect(await build('  staff: { title: Staff }\n')).toEqual(['4:25 edition-unknown staf']);
    // Other editions: the lesson's blocks are read again, from the tree the cache kept.
    expect(await build('  staff: { title: Staff }\n  lead: { title: Leads }\n')).toEqual(['4:25 edition-unknown staf']);
    expect(cache.stats).toEqual({ reused: 0, parsed: 2 });
  });

  // The build reads a lesson for its front matter and again for its blocks (the same text, or it
  // is refused). Changed after that, it is not read a third time: nothing changes.
  it('a lesson changed after its blocks were parsed: the message still points at the word', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cw-lesson-line-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    mkdirSync(join(work, 'lessons'));
    writeFileSync(join(work, 'course.yml'), 'id: changing\ntitle: Changing\ntargets: [web]\neditions:\n  staff: { title: Staff }\n  lead: { title: Leads }\nlessons:\n  - lessons/a.md\n');
    writeFileSync(join(work, 'lessons', 'a.md'), '---\ntitle: A\n---\n:::only{editions="staf"}\nWhat do you check first?\n:::\n');
    const disk = createDiskSource(work, 'changing');
    let reads = 0;
    const source: CourseSource = {
      ...disk,
      readText: (path) => {
        const text = disk.readText(path);
        if (path === 'lessons/a.md' && ++reads === 2) writeFileSync(join(work, 'lessons', 'a.md'), '---\ntitle: B\n---\nChanged.\n');
        return text;
      },
    };
    const result = await compileCourse({ source, validateOnly: true });
    expect(reads).toBe(2);
    expect(result.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`)).toEqual(['lessons/a.md:4:19 edition-unknown']);
    expect(result.course?.lessons[0]?.title).toBe('A');
  });
});
