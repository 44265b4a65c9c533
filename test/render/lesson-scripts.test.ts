import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { readPageData } from '../../src/inspect/read-coursewright-data.js';
import { laterOutlineLimit, mergeLaterOutline, packPageData, unpackPageData, type PackedPageData } from '../../src/model/block-outline.js';
import type { PageData } from '../../src/model/runtime-data.js';
import { blockStateTag, lessonStateTags } from '../../src/model/state-layout.js';
import { buildRuntimeData } from '../../src/render/build-runtime-data.js';
import { laterOutlinePath, laterOutlineScript, lessonScript, readLaterOutlineScript, readLessonScript } from '../../src/render/lesson-scripts.js';
import { renderCourse } from '../../src/render/render-course.js';
import { lessonHtml, packageData, siteText } from '../support/package-lessons.js';

// Three lessons: the first in the page, the other two scripts of their own.
const files = {
  'course.yml': 'id: split\ntitle: Split\nversion: "1"\ncompletion: [all-lessons, checks, acknowledgements]\nlessons: [lessons/a.md, lessons/b.md, lessons/c.md]\n',
  'lessons/a.md': '---\ntitle: First steps\n---\nFIRST-LESSON-TEXT\n\n:::check{#q-a graded}\nRight?\n\n- [x] Yes\n- [ ] No\n:::\n',
  'lessons/b.md': '---\ntitle: Second\n---\nSECOND-LESSON-TEXT ![A ward](../media/ward.png)\n\n:::check{#q-b graded}\nSECOND-QUESTION?\n\n- [x] Yes\n- [ ] No\n:::\n',
  'lessons/c.md': '---\ntitle: Third\n---\nTHIRD-LESSON-TEXT\n\n:::acknowledgement{#ack-c required}\nTHIRD-STATEMENT.\n:::\n',
  'media/ward.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};

async function rendered() {
  const { course, diagnostics } = await compileCourse({ files, validateOnly: true });
  expect(diagnostics).toEqual([]);
  if (!course) throw new Error('the test course did not parse');
  return { course, site: renderCourse(course) };
}

describe('a course whose lessons are scripts of their own', () => {
  it('holds the first lesson in index.html and each other lesson, its text and its blocks\u2019 data, in assets/lessons/<n>.js only', async () => {
    const { site } = await rendered();
    const read = siteText(site);
    const page = read('index.html') ?? '';
    expect(site.files.map((f) => f.path).filter((path) => path.startsWith('assets/lessons/'))).toEqual(['assets/lessons/2.js', 'assets/lessons/3.js']);
    expect(page).toContain('FIRST-LESSON-TEXT');
    for (const later of ['SECOND-LESSON-TEXT', 'SECOND-QUESTION', 'media/ward.png', 'THIRD-LESSON-TEXT', 'THIRD-STATEMENT']) expect(page).not.toContain(later);
    expect(lessonHtml(read, 1)).toContain('SECOND-LESSON-TEXT');
    expect(lessonHtml(read, 1)).toContain('src="media/ward.png"');
    expect(lessonHtml(read, 1)).not.toContain('THIRD-LESSON-TEXT');
    expect(lessonHtml(read, 2)).toContain('THIRD-STATEMENT');
    // The player builds the menu from the data: each title is on the first page once.
    expect(page.match(/Second/g)).toHaveLength(1);
  });

  it('tells the first page every lesson, every block\u2019s outline and the whole saved-state layout; page and scripts together are the course data', async () => {
    const { course, site } = await rendered();
    const read = siteText(site);
    const page = readPageData(read('index.html') ?? '');
    const whole = buildRuntimeData(course, {});
    expect(page?.lessons.map((lesson) => lesson.title)).toEqual(['First steps', 'Second', 'Third']);
    expect(page?.state).toEqual(whole.state);
    expect(page?.blocks).toEqual([
      { kind: 'check', id: 'q-a', lesson: 0, graded: true },
      { kind: 'check', id: 'q-b', lesson: 1, graded: true },
      { kind: 'acknowledgement', id: 'ack-c', lesson: 2, required: true },
    ]);
    expect(page?.lessonBlocks?.map((block) => block.id)).toEqual(['q-a']);
    // The strings differ only in that the page carries those its runtime shows.
    expect({ ...packageData(read), strings: {} }).toEqual({ ...whole, strings: {} });
  });

  it('packs the outlines by lesson in the page, with the blocks\u2019 tags and without the lessons\u2019 (computed from their ids), and reads them back', async () => {
    const { site } = await rendered();
    const page = siteText(site)('index.html') ?? '';
    const json = JSON.parse(/<script type="application\/json" id="cw-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '{}') as Record<string, unknown>;
    const whole = packageData(siteText(site));
    // One list per lesson: kind, id, saved-state tag, and what progress needs of the block.
    expect(json.outline).toEqual([
      [['check', 'q-a', whole.state.blocks['q-a'], { graded: true }]],
      [['check', 'q-b', whole.state.blocks['q-b'], { graded: true }]],
      [['acknowledgement', 'ack-c', whole.state.blocks['ack-c'], { required: true }]],
    ]);
    expect(Object.keys(json)).not.toContain('blocks');
    expect(Object.keys(json)).not.toContain('state');
    for (const tag of whole.state.lessons) expect(page).not.toContain(`"${tag}"`);
    expect(readPageData(page)?.state).toEqual(whole.state);
  });

  it('gives back every outline and tag as packed: ungraded checks, optional acknowledgements, scored and unscored scenarios, tags left out', () => {
    const page: PageData = {
      schema: 1,
      course: { id: 'c', iri: 'urn:coursewright:c', title: 'C', version: '1', language: 'en', structureHash: 'abc' },
      lessons: [{ id: 'one', title: 'One' }, { id: 'two', title: 'Two', minutes: 5 }, { id: 'three', title: 'Three' }],
      // The interview's tag is the one its kind and id give, as for every interview: the page leaves it out.
      state: { lessons: lessonStateTags([{ id: 'one' }, { id: 'two' }, { id: 'three' }]), blocks: { q: 'aaa', ack: 'bbb', sc: 'ccc', sc2: 'ddd', iv: blockStateTag('interview', 'iv'), r: 'fff' } },
      completion: ['all-lessons'],
      blocks: [
        { kind: 'check', id: 'q', lesson: 0, graded: false },
        { kind: 'acknowledgement', id: 'ack', lesson: 0, required: false },
        { kind: 'scenario', id: 'sc', lesson: 2, scoring: { weight: 0 } },
        { kind: 'scenario', id: 'sc2', lesson: 2 },
        { kind: 'interview', id: 'iv', lesson: 2 },
        { kind: 'reflection', id: 'r', lesson: 2 },
      ],
      strings: {},
    };
    const packed = packPageData(page);
    expect(packed.outline[1]).toEqual([]);
    expect(packed.outline[2]).toEqual([['scenario', 'sc', 'ccc', { scoring: { weight: 0 } }], ['scenario', 'sc2', 'ddd'], ['interview', 'iv'], ['reflection', 'r', 'fff']]);
    expect(unpackPageData(JSON.parse(JSON.stringify(packed)) as PackedPageData)).toEqual(page);
    // Data that is not packed (a whole course's) is read as it is.
    expect(unpackPageData(page)).toBe(page);
  });

  it('leaves out the tags of blocks whose saved state depends on their id alone, and the browser\u2019s reading of the page gives them back', async () => {
    const reflective = { ...files, 'lessons/b.md': '---\ntitle: Second\n---\n:::reflection{#think}\nWhat would you do?\n:::\n' };
    const { course, diagnostics } = await compileCourse({ files: reflective, validateOnly: true });
    expect(diagnostics).toEqual([]);
    if (!course) throw new Error('the test course did not parse');
    const page = siteText(renderCourse(course))('index.html') ?? '';
    const whole = buildRuntimeData(course, {});
    expect(page).toContain('["reflection","think"]');
    expect(page).not.toContain(`"${whole.state.blocks.think}"`);
    expect(readPageData(page)?.state).toEqual(whole.state);
  });

  it('puts a course of one lesson in one page, with no lesson scripts', async () => {
    const { course, diagnostics } = await compileCourse({ files: { 'course.yml': 'id: one\ntitle: One\nlessons: [lessons/a.md]\n', 'lessons/a.md': files['lessons/a.md'] }, validateOnly: true });
    expect(diagnostics).toEqual([]);
    if (!course) throw new Error('the test course did not parse');
    expect(renderCourse(course).files.map((f) => f.path).filter((path) => path.includes('lessons/'))).toEqual([]);
  });

  it('leaves a long course\u2019s later lessons\u2019 outline out of the page, in a script of its own; page and scripts together are still the course data', async () => {
    // 120 lessons, each with a long title: their outline is longer than the page keeps.
    const titles = Array.from({ length: 120 }, (_, i) => `Lesson ${i + 1}: what a colleague notices on a night shift`);
    const long: Record<string, string | Uint8Array> = {
      'course.yml': `id: long\ntitle: Long\nversion: "1"\ncompletion: [all-lessons, checks]\nlessons: [${titles.map((_, i) => `lessons/l${i + 1}.md`).join(', ')}]\n`,
    };
    // A graded check every tenth lesson, from the first (all of SCORM 1.2's saved state holds).
    titles.forEach((title, i) => {
      long[`lessons/l${i + 1}.md`] = `---\ntitle: "${title}"\n---\nText.\n` + (i % 10 ? '' : `\n:::check{#q-${i + 1} graded}\nRight?\n\n- [x] Yes\n- [ ] No\n:::\n`);
    });
    const { course, diagnostics } = await compileCourse({ files: long, validateOnly: true });
    expect(diagnostics).toEqual([]);
    if (!course) throw new Error('the test course did not parse');
    const site = renderCourse(course);
    const read = siteText(site);
    const html = read('index.html') ?? '';
    const page = readPageData(html);
    const whole = buildRuntimeData(course, {});
    expect(page?.lessons.map((lesson) => lesson.title)).toEqual([titles[0]]);
    expect(page?.lessonCount).toBe(120);
    expect(page?.blocks.map((block) => block.id)).toEqual(['q-1']);
    expect(html).not.toContain(titles[1]);
    const script = read(laterOutlinePath) ?? '';
    expect(script.length).toBeGreaterThan(laterOutlineLimit);
    expect(script).toContain(titles[119]);
    // Merged, the page's data is the whole course's outline and saved-state layout.
    if (!page) throw new Error('no page data');
    expect(mergeLaterOutline(page, readLaterOutlineScript(script))).toBe(true);
    expect(page.lessons).toEqual(whole.lessons);
    expect(page.state).toEqual(whole.state);
    expect(page.blocks.map((block) => block.id)).toEqual(whole.blocks.map((block) => block.id));
    // What inspect reads of the package is the whole course, as for a short one.
    expect({ ...packageData(read), strings: {} }).toEqual({ ...whole, lessonCount: 120, strings: {} });
  });

  it('merges only the outline that follows the page\u2019s lessons, and reads back only what it wrote', () => {
    const page = (): PageData => ({
      schema: 1, course: { id: 'c', iri: 'urn:coursewright:c', title: 'C', version: '1', language: 'en', structureHash: 'abc' },
      lessons: [{ id: 'one', title: 'One' }], lessonCount: 2, state: { lessons: lessonStateTags([{ id: 'one' }]), blocks: {} },
      completion: ['all-lessons'], blocks: [], strings: {},
    });
    const later = { first: 1, lessons: [{ id: 'two', title: 'Two' }], outline: [[['check', 'q', 'aaa', { graded: true }]]] };
    for (const wrong of [{ ...later, first: 0 }, { ...later, lessons: [...later.lessons, { id: 'three', title: 'Three' }] }, { ...later, outline: [] }, { ...later, lessons: [{ id: 2 }] }, null, 'x']) {
      const data = page();
      expect(mergeLaterOutline(data, wrong)).toBe(false);
      expect(data).toEqual(page());
    }
    const data = page();
    expect(mergeLaterOutline(data, readLaterOutlineScript(laterOutlineScript(later as Parameters<typeof laterOutlineScript>[0])))).toBe(true);
    expect(data.state).toEqual({ lessons: lessonStateTags([{ id: 'one' }, { id: 'two' }]), blocks: { q: 'aaa' } });
    expect(data.blocks).toEqual([{ kind: 'check', id: 'q', lesson: 1, graded: true }]);
    expect(readLaterOutlineScript(`${laterOutlineScript(later as Parameters<typeof laterOutlineScript>[0])}alert(1);\n`)).toBeUndefined();
  });

  it('writes lesson scripts that are data only: read back as written, and author text cannot close them', () => {
    const content = { html: '<p>a</p></script><script>alert(1)</script>\u2028', blocks: [] };
    const text = lessonScript(4, content);
    expect(text).not.toContain('</script>');
    expect(readLessonScript(text)).toEqual({ index: 4, content });
    expect(readLessonScript(`${text}alert(1);\n`)).toBeUndefined();
    expect(readLessonScript('(self.coursewrightLessons=self.coursewrightLessons||{})[1]={"html":1};')).toBeUndefined();
  });
});
