import { compileCourse } from '../../src/compile.js';

/**
 * Validates a course of one lesson titled `title`, whose body (from line 4, after its front
 * matter) is `body`: the lesson's blocks in order, each passage of text as its HTML and each other
 * block as `[kind]`, and its problems as `line:column code`.
 */
export async function oneLesson(body: string, title = 'One'): Promise<{ html: string; problems: string[] }> {
  const { course, diagnostics } = await compileCourse({ files: { 'course.yml': 'id: one\ntitle: One\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: ${title}\n---\n${body}\n` }, validateOnly: true });
  const html = (course?.lessons[0]?.blocks ?? []).map((block) => (block.kind === 'markdown' ? block.html : `[${block.kind}]`)).join('\n');
  return { html, problems: diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.code}`) };
}
