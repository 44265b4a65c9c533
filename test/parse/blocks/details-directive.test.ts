import { describe, expect, it } from 'vitest';
import { oneLesson } from '../../support-course/one-lesson.js';

describe(':::details', () => {
  it('is a <details> in the passage around it, its words in brackets the summary', async () => {
    const { html, problems } = await oneLesson('Before.\n\n:::details[Why a *joke* matters]\nIt says what is **allowed**.\n\n- one\n- two\n:::\n\nAfter.');
    expect(html).toBe('<p>Before.</p>\n<details><summary>Why a <em>joke</em> matters</summary><p>It says what is <strong>allowed</strong>.</p><ul>\n<li>one</li>\n<li>two</li>\n</ul></details>\n<p>After.</p>');
    expect(problems).toEqual([]);
  });

  it('refuses a block inside it, an attribute, and no summary, and shows the text of one without a summary', async () => {
    const nested = await oneLesson('::::details[More]\n:::check{#q1}\nWhich?\n\n- [x] A {#a}\n- [ ] B {#b}\n:::\n::::');
    expect(nested.problems).toEqual(['5:1 block-nested']);
    expect((await oneLesson(':::details[More]{open}\nText.\n:::')).problems).toEqual(['4:18 unknown-attribute']);
    const bare = await oneLesson(':::details\nText.\n:::');
    expect(bare.problems).toEqual(['4:1 details-missing-summary']);
    expect(bare.html).toBe('<p>Text.</p>');
  });
});
