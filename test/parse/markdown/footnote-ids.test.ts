import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';

const lesson = (title: string): string => `---\ntitle: ${title}\n---\n# ${title}\n\nHand hygiene matters.[^1]\n\n[^1]: WHO guidelines, 2009.\n`;

/** Every id and every in-page link target in the lessons' HTML. */
async function footnoteIds() {
  const result = await compileCourse({
    files: { 'course.yml': 'id: f\ntitle: F\nlessons: [lessons/a.md, lessons/b.md]\n', 'lessons/a.md': lesson('A'), 'lessons/b.md': lesson('B') },
    validateOnly: true,
  });
  expect(result.diagnostics).toEqual([]);
  const html = result.course!.lessons.flatMap((l) => l.blocks.map((b) => ('html' in b ? b.html : ''))).join('\n');
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const targets = [...html.matchAll(/\shref="#([^"]+)"/g), ...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]!);
  return { ids, targets };
}

describe('footnote ids', () => {
  it('are unique on the one page that holds every lesson, and every link finds its target', async () => {
    const { ids, targets } = await footnoteIds();
    expect(ids).toHaveLength(6); // per lesson: the reference, the "Footnotes" heading, the note
    expect(new Set(ids).size).toBe(ids.length);
    for (const target of targets) expect(ids).toContain(target);
    expect(ids).toContain('lessons-a-1-fn-1');
    expect(ids).toContain('lessons-b-1-fn-1');
  });

  it('are the same in every build', async () => {
    expect(await footnoteIds()).toEqual(await footnoteIds());
  });
});
