import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import type { StateLayout } from '../../src/model/runtime-data.js';
import { stateTag } from '../../src/model/state-layout.js';
import { buildRuntimeData } from '../../src/render/build-runtime-data.js';

const courseYml = 'id: tags\ntitle: Tags\nversion: "1"\nlanguage: en\nlessons:\n  - lessons/one.md\n  - lessons/two.md\n';
const one = `---
title: One
---

:::check{#q-sign type=single graded}
Which is an early sign?

- [ ] A disagreement about a care plan {#plan}
- [x] Jokes at one person's expense {#jokes}
:::

:::acknowledgement{#ack}
I have read the Dignity at Work policy.
:::
`;
const two = '---\ntitle: Two\n---\n\n:::reflection{#think}\nWhat would you do?\n:::\n';

/** The layout the runtime gets for this course, with `change` applied to the sources. */
async function layoutOf(change: (files: Record<string, string>) => void = () => {}): Promise<StateLayout> {
  const files = { 'course.yml': courseYml, 'lessons/one.md': one, 'lessons/two.md': two };
  change(files);
  const result = await compileCourse({ files, validateOnly: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildRuntimeData(result.course!, {}).state;
}

describe('state layout: what keeps saved progress across course versions', () => {
  it('gives every lesson and block a short tag, the same on every build', async () => {
    const layout = await layoutOf();
    expect(layout.lessons).toHaveLength(2);
    expect(Object.keys(layout.blocks).sort()).toEqual(['ack', 'q-sign', 'think']);
    for (const tag of [...layout.lessons, ...Object.values(layout.blocks)]) expect(tag).toMatch(/^[0-9a-z]{3}$/);
    expect(await layoutOf()).toEqual(layout);
  });

  it('keeps every tag when wording changes: fixing a typo keeps learners\' answers', async () => {
    const before = await layoutOf();
    const after = await layoutOf((f) => {
      f['lessons/one.md'] = one.replace('Which is an early sign?', 'Which of these is an early warning sign?').replace('A disagreement', 'An open disagreement');
      f['lessons/two.md'] = two.replace('What would you do?', 'What would you do next time?');
    });
    expect(after).toEqual(before);
  });

  it('keeps a lesson\'s tag when lessons are added or reordered', async () => {
    const before = await layoutOf();
    const after = await layoutOf((f) => {
      f['course.yml'] = courseYml.replace('  - lessons/one.md\n  - lessons/two.md\n', '  - lessons/two.md\n  - lessons/new.md\n  - lessons/one.md\n');
      f['lessons/new.md'] = '---\ntitle: New\n---\n\nNew content.\n';
    });
    expect(after.lessons[0]).toBe(before.lessons[1]);
    expect(after.lessons[2]).toBe(before.lessons[0]);
    expect(after.blocks).toEqual(before.blocks);
  });

  it.each([
    ['the right answer changes', (s: string) => s.replace('- [ ] A disagreement', '- [x] A disagreement').replace('- [x] Jokes', '- [ ] Jokes')],
    ['an option is added', (s: string) => s.replace("- [x] Jokes at one person's expense {#jokes}", "- [x] Jokes at one person's expense {#jokes}\n- [ ] A late handover {#late}")],
    ['options are reordered', (s: string) => s.replace("- [ ] A disagreement about a care plan {#plan}\n- [x] Jokes at one person's expense {#jokes}", "- [x] Jokes at one person's expense {#jokes}\n- [ ] A disagreement about a care plan {#plan}")],
  ])('changes only the check\'s tag when %s', async (_name, edit) => {
    const before = await layoutOf();
    const after = await layoutOf((f) => { f['lessons/one.md'] = edit(one); });
    expect(after.blocks['q-sign']).not.toBe(before.blocks['q-sign']);
    expect({ ...after.blocks, 'q-sign': '' }).toEqual({ ...before.blocks, 'q-sign': '' });
  });

  it('asks for an acknowledgement again when what is acknowledged changes', async () => {
    const before = await layoutOf();
    const after = await layoutOf((f) => { f['lessons/one.md'] = one.replace('Dignity at Work policy.', 'Dignity at Work policy and the Speak-Up procedure.'); });
    expect(after.blocks.ack).not.toBe(before.blocks.ack);
  });

  it('tags in three base-36 digits', () => {
    expect(stateTag('')).toMatch(/^[0-9a-z]{3}$/);
    expect(stateTag('lesson\nwelcome')).not.toBe(stateTag('lesson\nwelcome2'));
  });
});
