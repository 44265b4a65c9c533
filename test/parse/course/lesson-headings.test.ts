import { describe, expect, it } from 'vitest';
import { oneLesson } from '../../support-course/one-lesson.js';

/** A lesson titled "Welcome" whose body is `body`. */
const lesson = (body: string) => oneLesson(body, 'Welcome');

describe("a lesson's headings", () => {
  it('leave out a first line that repeats the title, which the player already shows as the heading', async () => {
    const { html, problems } = await lesson('#  welcome\n\nEveryone deserves respect.\n\n## Why');
    expect(html).toBe('<p>Everyone deserves respect.</p>\n<h2>Why</h2>');
    expect(problems).toEqual([]);
  });

  it('warn about another main heading, and keep it', async () => {
    const { html, problems } = await lesson('Everyone deserves respect.\n\n# Welcome\n\n# Another page?');
    expect(html).toContain('<h1>Another page?</h1>');
    expect(problems).toEqual(['6:1 heading-level-one', '8:1 heading-level-one']);
  });

  it('warn about a heading that skips a level, from the title or the heading before it, but not about going back up', async () => {
    const { problems } = await lesson('### Too deep\n\n## Section\n\n### Part\n\n#### Detail\n\n## Next section\n\n#### Too deep again');
    expect(problems).toEqual(['4:1 heading-level-skipped', '14:1 heading-level-skipped']);
  });

  it("count a block's own text out (a check's question has its own place)", async () => {
    const { problems } = await lesson('## Check yourself\n\n:::check{#q1}\n#### Which is right?\n\n- [x] This {#a}\n- [ ] That {#b}\n:::');
    expect(problems).toEqual([]);
  });
});
