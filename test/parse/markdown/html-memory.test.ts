import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';

/**
 * Whether V8 holds `text` one byte per character: its serializer writes such a string with the
 * tag '"', a string of two bytes per character with 'c' (after the two-byte version header, and
 * perhaps one byte of padding before it).
 */
function oneBytePerCharacter(text: string): boolean {
  const bytes = serialize(text);
  const tag = bytes[2] === 0 ? bytes[3] : bytes[2];
  if (tag !== 0x22 && tag !== 0x63) throw new Error(`unexpected serializer tag ${tag}`);
  return tag === 0x22;
}

const lesson = '---\ntitle: Night shift\n---\n## A comment at handover\n\nSam made a *joke* about a colleague.\n\n- Notice it\n- Name it\n\n> Said kindly, said once.\n';

async function lessonHtml(text: string): Promise<string[]> {
  const result = await compileCourse({ files: { 'course.yml': 'id: m\ntitle: M\nlessons: [lessons/a.md]\n', 'lessons/a.md': text }, validateOnly: true });
  expect(result.diagnostics).toEqual([]);
  return result.course!.lessons[0]!.blocks.flatMap((block) => ('html' in block ? [block.html] : []));
}

describe('the HTML a lesson is held as until it is packaged', () => {
  it('takes one byte per character when its characters fit in one', async () => {
    const html = await lessonHtml(lesson);
    expect(html.join('')).toContain('<h2>A comment at handover</h2>');
    for (const part of html) expect(oneBytePerCharacter(part)).toBe(true);
  });

  it('keeps characters beyond Latin-1 as they are', async () => {
    const html = await lessonHtml(lesson.replace('*joke*', '\u201cjoke\u201d \u2014 once'));
    expect(html.join('')).toContain('\u201cjoke\u201d \u2014 once');
    expect(html.some((part) => !oneBytePerCharacter(part))).toBe(true);
  });
});
