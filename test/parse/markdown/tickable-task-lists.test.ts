import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { oneLesson } from '../../support-course/one-lesson.js';

/** The `data-cw-tick` keys of a lesson's boxes, in order. */
const keys = (html: string): string[] => [...html.matchAll(/data-cw-tick="([^"]+)"/g)].map((match) => match[1]!);

describe('a task list in lesson text', () => {
  it('is a checklist the learner can tick: each box in a label with its words, none disabled, [x] ticked', async () => {
    const { html, problems } = await oneLesson('- [ ] Ask how the **shift** went\n- [x] Save the number\n  - [ ] Under it\n');
    expect(problems).toEqual([]);
    expect(html).not.toContain('disabled');
    expect(html).toContain('<li class="task-list-item"><label class="cw-tick"><input type="checkbox" data-cw-tick="');
    expect(html).toMatch(/<label class="cw-tick"><input type="checkbox" data-cw-tick="[\w-]{10}"> Ask how the <strong>shift<\/strong> went<\/label><\/li>/);
    expect(html).toMatch(/<label class="cw-tick"><input type="checkbox" checked data-cw-tick="[\w-]{10}"> Save the number<\/label>\n<ul class="contains-task-list">/);
  });

  it('labels the words of a loose item, not the paragraphs after them', async () => {
    const { html } = await oneLesson('- [ ] Ask how it went\n\n  Then listen.\n\n- [ ] Thank them\n');
    expect(html).toMatch(/<p><label class="cw-tick"><input type="checkbox" data-cw-tick="[\w-]{10}"> Ask how it went<\/label><\/p>\n<p>Then listen.<\/p>/);
  });

  it('keys each box by its words: moved or joined by others it keeps its key, reworded it gets another', async () => {
    const [ask, save] = keys((await oneLesson('- [ ] Ask how it went\n- [ ] Save the number\n')).html);
    const moved = keys((await oneLesson('Try these:\n\n- [ ] Something new\n- [ ] Save the number\n- [x] Ask how it went\n')).html);
    expect(moved).toEqual([expect.any(String), save, ask]);
    expect(keys((await oneLesson('- [ ] Ask how the shift went\n')).html)).not.toContain(ask);
  });

  it("is a checklist in a :::details section, but not in a block's text, whose boxes the player does not keep", async () => {
    const details = (await oneLesson(':::details[My plan]\n- [ ] Ask how it went\n:::\n')).html;
    expect(details).toMatch(/<details><summary>My plan<\/summary><ul class="contains-task-list">\n<li class="task-list-item"><label class="cw-tick"><input type="checkbox" data-cw-tick=/);
    const { course } = await compileCourse({
      validateOnly: true,
      files: { 'course.yml': 'id: one\ntitle: One\nlessons: [lessons/one.md]\n', 'lessons/one.md': '---\ntitle: One\n---\n:::reflection{#r1}\nThink about:\n\n- [ ] your last shift\n:::\n' },
    });
    const reflection = course?.lessons[0]?.blocks[0];
    expect(reflection?.kind === 'reflection' && reflection.promptHtml).toContain('<li class="task-list-item"><input type="checkbox" disabled> your last shift</li>');
  });

  it('leaves lists without boxes, and the boxes of a check, as they were', async () => {
    expect((await oneLesson('- one\n- two\n')).html).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    const { html, problems } = await oneLesson(':::check{#c1}\nWhich?\n\n- [x] This {#this}\n- [ ] That {#that}\n:::\n');
    expect(problems).toEqual([]);
    expect(html).toBe('[check]');
  });
});
