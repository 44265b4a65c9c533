import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';

/** A one-lesson course whose body (from line 4) is `body`: its passages' HTML and its problems. */
async function lesson(body: string) {
  const { course, diagnostics } = await compileCourse({ files: { 'course.yml': 'id: d\ntitle: D\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: One\n---\n${body}\n` }, validateOnly: true });
  const html = (course?.lessons[0]?.blocks ?? []).map((block) => (block.kind === 'markdown' ? block.html : `[${block.kind}]`)).join('\n');
  return { html, problems: diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.code}`) };
}

describe(':::details', () => {
  it('is a <details> in the passage around it, its words in brackets the summary', async () => {
    const { html, problems } = await lesson('Before.\n\n:::details[Why a *joke* matters]\nIt says what is **allowed**.\n\n- one\n- two\n:::\n\nAfter.');
    expect(html).toBe('<p>Before.</p>\n<details><summary>Why a <em>joke</em> matters</summary><p>It says what is <strong>allowed</strong>.</p><ul>\n<li>one</li>\n<li>two</li>\n</ul></details>\n<p>After.</p>');
    expect(problems).toEqual([]);
  });

  it('refuses a block inside it, an attribute, and no summary, and shows the text of one without a summary', async () => {
    const nested = await lesson('::::details[More]\n:::check{#q1}\nWhich?\n\n- [x] A {#a}\n- [ ] B {#b}\n:::\n::::');
    expect(nested.problems).toEqual(['5:1 block-nested']);
    expect((await lesson(':::details[More]{open}\nText.\n:::')).problems).toEqual(['4:18 unknown-attribute']);
    const bare = await lesson(':::details\nText.\n:::');
    expect(bare.problems).toEqual(['4:1 details-missing-summary']);
    expect(bare.html).toBe('<p>Text.</p>');
  });
});
