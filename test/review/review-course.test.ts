import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import type { Course } from '../../src/model/course.js';
import { reviewCourse, type ScenarioReview } from '../../src/review/review-course.js';
import { reviewToHtml } from '../../src/review/review-to-html.js';
import { reviewToMarkdown } from '../../src/review/review-to-markdown.js';
import { largeScenarioPaths, pathsShown } from '../../src/review/review-summary.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const richPaths = readFileSync(join(fixtures, 'scenario', 'valid-rich', 'paths.txt'), 'utf8');

/** A one-lesson course around the rich scenario fixture, with a check, compiled in memory. */
async function richCourse(): Promise<Course> {
  const result = await compileCourse({
    validateOnly: true,
    files: {
      'course.yml': 'id: review-fixture\ntitle: Review fixture\nversion: "1.0"\nlessons:\n  - lessons/one.md\n',
      'scenarios/rich.yml': readFileSync(join(fixtures, 'scenario', 'valid-rich', 'scenario.yml'), 'utf8'),
      'lessons/one.md': [
        '---', 'title: One', '---', 'Read this & that.', '', '![A ward](../media/ward.jpg)', '',
        ':::check{#q-one}', 'Which is right?', '', '- [x] Speak up {#speak}', '  > Yes: it helps.', '- [ ] Stay quiet {#quiet}', '  > Silence protects no one.', ':::', '',
        '::scenario{src="../scenarios/rich.yml"}', '',
      ].join('\n'),
      'media/ward.jpg': jpeg,
      'media/sam.jpg': jpeg,
      'media/break-room.jpg': jpeg,
    },
  });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!result.course) throw new Error('no course');
  return result.course;
}

const scenarioOf = (course: Course): ScenarioReview => {
  const block = reviewCourse(course).variants[0]?.lessons[0]?.blocks.find((b) => b.kind === 'scenario-review');
  if (block?.kind !== 'scenario-review') throw new Error('no scenario');
  return block.review;
};

describe('review', () => {
  it('opens with contents linking to every lesson, and puts the author\'s headings under the review\'s', async () => {
    const files = (editions: boolean): Record<string, string> => ({
      'course.yml': `id: outline\ntitle: Outline\nlessons: [lessons/one.md, lessons/two.md]\n${editions ? 'editions:\n  staff: { title: Staff }\n  lead: { title: Leads }\n' : ''}`,
      'lessons/one.md': '---\ntitle: First steps\n---\n## A section\n\nText.\n\n### A part of it\n\nMore.\n',
      'lessons/two.md': '---\ntitle: Next steps\n---\n:::check{#q-one}\nWhich?\n\n- [x] This {#this}\n- [ ] That {#that}\n:::\n',
    });
    const outline = (html: string): string[] => [...html.matchAll(/<h(\d)[^>]*>([^<]*)/g)].map((m) => `${m[1]} ${m[2]!.trim()}`);
    const links = (html: string): string[] => [...html.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    const ids = (html: string): string[] => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);

    const plain = (await compileCourse({ validateOnly: true, files: files(false) })).course!;
    const html = reviewToHtml(reviewCourse(plain));
    expect(links(html)).toEqual(['lesson-one First steps', 'lesson-two Next steps']);
    for (const link of links(html)) expect(ids(html)).toContain(link.split(' ')[0]);
    expect(outline(html)).toEqual(['1 Review: Outline', '2 Contents', '2 Lesson 1: First steps', '3 A section', '4 A part of it', '2 Lesson 2: Next steps', '3 Check']);

    // Parts by edition: each part and its lessons in the contents, every heading one level further down.
    const both = await compileCourse({ validateOnly: true, files: files(true) });
    const headed = reviewToHtml(reviewCourse(both.course!, both.variants));
    expect(links(headed).filter((l) => l.includes('lesson-one'))).toEqual(['edition-staff-en-lesson-one First steps', 'edition-lead-en-lesson-one First steps']);
    for (const link of links(headed)) expect(ids(headed)).toContain(link.split(' ')[0]);
    expect(outline(headed).filter((h) => /steps|section|part of/.test(h)).slice(0, 4)).toEqual(['3 Lesson 1: First steps', '4 A section', '5 A part of it', '3 Lesson 2: Next steps']);
  });

  it('tallies each ending exactly as `graph --paths` lists the rich scenario', async () => {
    const review = scenarioOf(await richCourse());
    const listed = [...richPaths.matchAll(/^Path (\d+): .* at ([\w-]+)/gm)].map((m) => ({ number: Number(m[1]), end: m[2] }));
    expect(review.total).toBe(listed.length);
    for (const ending of review.endings) {
      expect(ending.paths.map((p) => p.number)).toEqual(listed.filter((l) => l.end === ending.end).map((l) => l.number));
      expect(ending.count).toBe(ending.paths.length);
    }
    expect(review.endings.map((e) => e.outcome)).toEqual(['positive', 'mixed', 'negative']);
    // Its loop (asking again) is followed once, and the review says so, as `graph --paths` does.
    const said = richPaths.split('\n')[1]!;
    expect(said).toMatch(/^Each loop is followed once/);
    expect(review.loops).toBe(true);
    const html = reviewToHtml(reviewCourse(await richCourse()));
    expect(html).toContain(`<p>${said}</p>`);
    expect(reviewToMarkdown(reviewCourse(await richCourse()))).toContain(`\n${said}\n`);
  });

  it('marks the recommended path, and shows choices with effects and consequences', async () => {
    const course = await richCourse();
    const review = scenarioOf(course);
    const recommended = review.endings.flatMap((e) => e.paths).filter((p) => p.recommended);
    expect(recommended).toHaveLength(1);
    expect([...recommended[0]!.path.steps.map((s) => s.node), recommended[0]!.path.end]).toEqual(review.recommended);
    const markdown = reviewToMarkdown(reviewCourse(course));
    expect(markdown).toContain('**(recommended path)**');
    expect(markdown).toMatch(/picks "Say calmly that the comment isn't okay\." \(recommended choice\) \(when trust >= 40; trust \+\d+/);
    expect(markdown).toContain('- [x] Speak up **(correct)**\n  Feedback: Yes: it helps.');
    expect(markdown).toContain('| positive, "You helped Priya feel safe", at good-end | 2 |');
    expect(markdown).toContain('Read this & that.');
  });

  it('writes one self-contained HTML document: no scripts, no files or addresses to load', async () => {
    const html = reviewToHtml(reviewCourse(await richCourse()));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<img|<video|<audio|<iframe|<link|\bsrc=/i);
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).toContain('[image: A ward]');
    expect(html).toContain('Read this &#x26; that.');
    expect(html).toContain('class="correct"');
  });

  it('summarises a large scenario: every ending keeps its full count, a few paths and the recommended one are shown', async () => {
    const review = scenarioOf(await richCourse());
    const first = review.endings[0]?.paths[0];
    if (!first) throw new Error('no path');
    const paths = Array.from({ length: 10 }, (_, i) => ({ ...first, number: i + 1, recommended: i === 7 }));
    const large = { ...review, total: largeScenarioPaths + 1 };
    expect(pathsShown(large, { ...review.endings[0]!, count: 10, paths }).map((p) => p.number)).toEqual([1, 2, 3, 8]);
    expect(pathsShown(review, { ...review.endings[0]!, count: 10, paths })).toHaveLength(10);
  });

  it('marks every recommended choice at each step, and each path the debrief counts as following them', async () => {
    const course = await richCourse();
    const review = scenarioOf(course);
    const recommendedIds = course.lessons[0]!.blocks.flatMap((b) => (b.kind === 'scenario' ? b.scenario.nodes.flatMap((n) => n.choices.filter((c) => c.recommended).map((c) => `${n.id}/${c.id}`)) : []));
    expect(review.decisions.flatMap((d) => d.choices.filter((c) => c.recommended).map((c) => `${d.node}/${c.id}`))).toEqual(recommendedIds);
    for (const { path, followsRecommended } of review.endings.flatMap((e) => e.paths)) {
      const picks = path.steps.filter((s) => s.choice !== undefined);
      expect(followsRecommended).toBe(picks.length > 0 && picks.every((s) => recommendedIds.includes(`${s.node}/${s.choice!}`)));
    }
    const markdown = reviewToMarkdown(reviewCourse(course));
    expect(markdown).toContain('Every step, as learners read it');
    expect(markdown.match(/\*\*\(recommended\)\*\* `/g)).toHaveLength(recommendedIds.length);
  });

  it('shows every step as learners read it: who speaks, the text, the picture\'s alt text, each choice with what follows it, each ending with its score', async () => {
    const course = await richCourse();
    const markdown = reviewToMarkdown(reviewCourse(course));
    const html = reviewToHtml(reviewCourse(course));
    for (const text of [markdown, html]) {
      expect(text).toContain('Every step, as learners read it');
      expect(text).toContain('Sam, Porter speaks');
      expect(text).toContain('Sam jokes about Priya');
      expect(text).toContain('alternative text: "A hospital break room at night"');
      // A choice's consequence, with where it leads, whether or not a listed path takes it.
      expect(text).toContain('Priya looks down and leaves.');
      expect(text).toMatch(/after-laugh/);
    }
    expect(markdown).toMatch(/- `good-end`[^\n]*:\n {2}- \*\*Ending\*\*: positive, [^\n]*score 90/);
  });

  it('shows what learners read in a content note left to the player: its standard text and the course\'s support', async () => {
    const { course } = await compileCourse({
      validateOnly: true,
      files: {
        'course.yml': 'id: notes\ntitle: Notes\nlessons: [lessons/one.md]\nsupport:\n  resources:\n    - { name: Employee Assistance Programme, contact: 0800 000 000 }\n',
        'lessons/one.md': '---\ntitle: One\n---\n::content-note{#cn-one}\n\nText.\n',
      },
    });
    if (!course) throw new Error('no course');
    const markdown = reviewToMarkdown(reviewCourse(course));
    expect(markdown).toContain('### Content note `cn-one`\n\nThis part of the course discusses harassment');
    expect(markdown).toContain('followed by the support the course lists: Employee Assistance Programme (0800 000 000)');
  });

  it('shows a course without editions in one part, as before, with no edition headings', async () => {
    const markdown = reviewToMarkdown(reviewCourse(await richCourse()));
    expect(markdown).not.toMatch(/Edition|Lessons in each edition/);
    expect(markdown).toMatch(/^## Lesson 1: One$/m);
  });
});


describe('lesson text in the review', () => {
  it('shows a web link as its words and its address, without what the package says to screen readers about a new tab, and a :::details open', async () => {
    const { course } = await compileCourse({
      validateOnly: true,
      files: { 'course.yml': 'id: links\ntitle: Links\nlessons: [lessons/one.md]\n', 'lessons/one.md': '---\ntitle: One\n---\nRead [the policy](https://example.org/policy) first.\n\n:::details[Why]\nBecause.\n:::\n' },
    });
    if (!course) throw new Error('no course');
    expect(JSON.stringify(course.lessons[0]?.blocks)).toContain('(opens in a new tab)');
    const html = reviewToHtml(reviewCourse(course));
    expect(html).toContain('the policy <span class="href">(https://example.org/policy)</span>');
    expect(html).not.toContain('new tab');
    expect(reviewToMarkdown(reviewCourse(course))).toContain('Read the policy (https://example.org/policy) first.');
    expect(html).toContain('<details open><summary>Why</summary><p>Because.</p></details>');
  });

  it("shows a checklist's boxes in Markdown as the author wrote them", async () => {
    const { course } = await compileCourse({
      validateOnly: true,
      files: { 'course.yml': 'id: plan\ntitle: Plan\nlessons: [lessons/one.md]\n', 'lessons/one.md': '---\ntitle: One\n---\n- [ ] Save the number\n- [x] Read the policy\n' },
    });
    if (!course) throw new Error('no course');
    expect(reviewToMarkdown(reviewCourse(course))).toContain('- [ ] Save the number\n\n- [x] Read the policy');
  });
});
