import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { renderCourse } from '../../src/render/render-course.js';

const files = {
  'course.yml': 'id: handover\ntitle: Safe handover\niri: https://learning.example.org/courses/handover\nlessons: [lessons/a.md]\n',
  'lessons/a.md': '---\ntitle: Before you hand over\n---\nCheck the chart together.\n',
};

async function renderedSite() {
  const { course, diagnostics } = await compileCourse({ files, validateOnly: true });
  expect(diagnostics).toEqual([]);
  if (!course) throw new Error('the test course did not parse');
  return { course, site: renderCourse(course) };
}

describe('renderCourse', () => {
  it('renders one site for every target: the page loads site.script, which the package stage fills in', async () => {
    const { site } = await renderedSite();
    expect(site.script).toBe('assets/coursewright.js');
    expect(site.files.map((f) => f.path)).not.toContain('assets/coursewright.js');
    expect(site.files.map((f) => f.path)).toContain('assets/coursewright.css');
    const page = String(site.files.find((f) => f.path === 'index.html')?.content);
    expect(page).toContain('<script src="assets/coursewright.js"></script>');
  });

  it('gives the runtime the course IRI it builds xAPI activity ids from', async () => {
    const { site } = await renderedSite();
    const page = String(site.files.find((f) => f.path === 'index.html')?.content);
    const json = /<script type="application\/json" id="cw-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '{}';
    const data = JSON.parse(json) as { course: { id: string; iri: string } };
    expect(data.course).toMatchObject({ id: 'handover', iri: 'https://learning.example.org/courses/handover' });
  });
});
