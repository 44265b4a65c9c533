import { describe, expect, it } from 'vitest';
import { createDiagnosticSink, sortDiagnostics } from '../../../src/diagnostics/context.js';
import { createMemorySource } from '../../../src/load/course-source.js';
import { parseCourse } from '../../../src/parse/course/parse-course.js';
import type { CheckBlock, InterviewBlock, PracticeBlock } from '../../../src/model/blocks.js';
import { targetNames } from '../../../src/model/site.js';
import { mediaBytes } from '../../support-course/media-bytes.js';

const courseYml = `id: demo
title: "Demo & friends"
version: 2027.1
lessons:
  - lessons/welcome.md
  - lessons/practice.md
completion: [all-lessons, checks]
masteryScore: 80
`;

const welcome = `---
title: Welcome
minutes: 5
---
## Why this matters

See [the practice lesson](practice.md#top) and [the policy](https://example.org/policy).

![A nurse at the station](../media/station.png)

<script>alert(1)</script>

::::interview{#amara speaker="Amara Okafor" role="Charge nurse" video="../media/amara.mp4" captions="../media/amara.en.vtt" captions-es="../media/amara.es.vtt" transcript="../media/amara.transcript.md"}
Amara has led night shifts for ten years.

> People notice who laughs along.
::::
`;

const practice = `---
title: Practice
id: try-it
---
:::check{#q-signs graded attempts=2}
Which is an **early** warning sign?

- [ ] A formal complaint
  Complaints come later.
- [x] Jokes that single someone out
  Yes: small moments come first.
:::

:::practice{#p-ward}
A visitor keeps commenting on a nurse's looks.

- [x] **Direct:** Tell the visitor it's not okay.
  Clear and calm works.
- [ ] **Delay:** Check in with the nurse later.
:::
`;

function parse(extra: Record<string, string> = {}) {
  const sink = createDiagnosticSink();
  const source = createMemorySource({
    'course.yml': courseYml,
    'lessons/welcome.md': welcome,
    'lessons/practice.md': practice,
    'media/station.png': mediaBytes.png,
    'media/amara.mp4': mediaBytes.mp4,
    'media/amara.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
    'media/amara.es.vtt': '\uFEFFWEBVTT\n\n00:00.000 --> 00:02.000\nHola.\n',
    'media/amara.transcript.md': '**Amara:** We notice who laughs along.\n',
    ...extra,
  });
  return { course: parseCourse(source, sink), diagnostics: sink.diagnostics };
}

describe('parseCourse', () => {
  it('reads settings, lessons in order and front matter', () => {
    const { course } = parse();
    expect(course?.title).toBe('Demo & friends');
    expect(course?.version).toBe('2027.1');
    expect(course?.lessons.map((l) => [l.id, l.title, l.minutes])).toEqual([['welcome', 'Welcome', 5], ['try-it', 'Practice', undefined]]);
    expect(course?.completion).toEqual(['all-lessons', 'checks']);
    expect(course?.assets).toEqual(['media/amara.en.vtt', 'media/amara.es.vtt', 'media/amara.mp4', 'media/amara.transcript.md', 'media/station.png']);
  });

  it('turns Markdown into sanitized HTML with lesson links and course-relative images', () => {
    const { course, diagnostics } = parse();
    const html = course?.lessons[0]?.blocks[0]?.kind === 'markdown' ? course.lessons[0].blocks[0].html : '';
    expect(html).toContain('<a href="#lesson-try-it" data-cw-lesson="try-it">the practice lesson</a>');
    expect(html).toContain('href="https://example.org/policy" target="_blank" rel="noopener noreferrer"');
    expect(html).toContain('src="media/station.png" alt="A nurse at the station"');
    expect(html).not.toContain('script');
    // The lesson opens at its start, which the author is told: `practice.md#top` loses its "#top".
    expect(diagnostics.map((d) => d.code)).toEqual(['link-lesson-part', 'html-removed']);
  });

  it('reads an interview with captions per language and its transcript', () => {
    const block = parse().course?.lessons[0]?.blocks.find((b) => b.kind === 'interview') as InterviewBlock;
    expect(block.speaker).toBe('Amara Okafor');
    expect(block.media).toEqual({ path: 'media/amara.mp4', kind: 'video' });
    expect(block.captions.map((c) => [c.lang, c.label, c.path])).toEqual([['en', 'English', 'media/amara.en.vtt'], ['es', 'Spanish', 'media/amara.es.vtt']]);
    expect(block.transcriptHtml).toContain('<strong>Amara:</strong>');
    expect(block.quotes).toEqual([{ html: '<p>People notice who laughs along.</p>', by: 'Amara Okafor' }]);
    expect(block.introHtml).toContain('ten years');
  });

  it('reads a knowledge check as a task list with ids, codes and feedback', () => {
    const block = parse().course?.lessons[1]?.blocks[0] as CheckBlock;
    expect(block).toMatchObject({ id: 'q-signs', type: 'single', attempts: 2, graded: true, promptText: 'Which is an early warning sign?' });
    expect(block.options.map((o) => [o.id, o.code, o.text, o.correct])).toEqual([
      ['a-formal-complaint', 'a', 'A formal complaint', false],
      ['jokes-that-single-someone-out', 'b', 'Jokes that single someone out', true],
    ]);
    expect(block.options[1]?.feedbackHtml).toBe('<p>Yes: small moments come first.</p>');
  });

  it('reads practice techniques with their labels, which name them', () => {
    const block = parse().course?.lessons[1]?.blocks[1] as PracticeBlock;
    expect(block.techniques.map((t) => [t.id, t.code, t.label, t.recommended])).toEqual([['direct', 'a', 'Direct', true], ['delay', 'b', 'Delay', false]]);
    expect(block.techniques[0]?.html).toBe("Tell the visitor it's not okay.");
    expect(block.techniques[0]?.feedbackHtml).toBe('<p>Clear and calm works.</p>');
  });

  it('reports every problem in one run, each with a position', () => {
    const { diagnostics } = parse({
      'lessons/practice.md': `---\ntitle: Practice\nid: try-it\n---\n![](../media/nope.png)\n\n:::check{#Bad_Id}\nQ?\n\n- [ ] a\n:::\n`,
    });
    expect(diagnostics.map((d) => [d.code, d.file, d.range?.start.line])).toEqual([
      ['link-lesson-part', 'lessons/welcome.md', 7],
      ['html-removed', 'lessons/welcome.md', 11],
      ['image-missing-alt', 'lessons/practice.md', 5],
      ['asset-missing', 'lessons/practice.md', 5],
      ['invalid-id', 'lessons/practice.md', 7],
      ['check-no-correct-option', 'lessons/practice.md', 7],
      ['check-one-option', 'lessons/practice.md', 7],
    ]);
  });

  it('reports options written as two lists, whose second would show in the question with its boxes, and nothing that follows from that', () => {
    const { diagnostics } = parse({
      'lessons/practice.md': `---\ntitle: Practice\n---\n:::check{#q-mixed}\nQ?\n\n* [ ] One\n+ [x] Two\n:::\n\n:::practice{#p-split}\nSituation.\n\n- [x] **Direct:** say so\n\nThen:\n\n- [ ] **Delay:** later\n:::\n`,
    });
    // Not also "no right answer" or "one option": the right one was ticked in the list not read.
    expect(diagnostics.filter((d) => d.file === 'lessons/practice.md').map((d) => [d.code, d.range?.start.line, d.message])).toEqual([
      ['option-list-split', 8, "This list with boxes comes after the check's options, so it is not read as options: learners would see it as part of the question, with its boxes and its right answer ticked."],
      ['option-list-split', 18, "This list with boxes comes after the practice's options, so it is not read as options: learners would see it as part of the question, with its boxes."],
    ]);
    // A plain list before the options is part of the question: the options are the list with boxes.
    const quoted = parse({ 'lessons/practice.md': `---\ntitle: Practice\n---\n:::check{#q-remarks}\nSam hears two remarks:\n\n- "Nice hair."\n- "You people never learn."\n\nWhich one is harassment?\n\n- [ ] The first\n- [x] The second\n:::\n` });
    expect(quoted.diagnostics.filter((d) => d.file === 'lessons/practice.md')).toEqual([]);
    const check = quoted.course?.lessons[1]?.blocks[0] as CheckBlock;
    expect(check.options.map((o) => [o.text, o.correct])).toEqual([['The first', false], ['The second', true]]);
    expect(check.promptHtml).toContain('<li>"You people never learn."</li>');
  });

  it('reports a comment never closed in a question as that alone, not also as a check or practice with no options', () => {
    const { diagnostics } = parse({
      'lessons/practice.md': `---\ntitle: Practice\n---\n:::check{#q-hidden}\nQ?\n\n<!-- ask legal\n\n- [x] One\n- [ ] Two\n:::\n\n:::practice{#p-hidden}\n<!-- draft\nSituation.\n\n- [x] **Direct:** say so\n:::\n`,
    });
    expect(diagnostics.filter((d) => d.file === 'lessons/practice.md').map((d) => [d.code, d.range?.start.line])).toEqual([
      ['html-comment-unclosed', 7],
      ['html-comment-unclosed', 14],
    ]);
  });

  it('reads an empty course.yml as missing fields, without crashing', () => {
    const { course, diagnostics } = parse({ 'course.yml': '' });
    expect(course).toBeUndefined();
    expect(diagnostics.filter((d) => d.code === 'schema-missing-field').map((d) => d.message)).toEqual([
      'Expected the field "id", found none.',
      'Expected the field "title", found none.',
      'Expected the field "lessons", found none.',
    ]);
  });

  it('keeps a version written as a number digit for digit', () => {
    const { course } = parse({ 'course.yml': courseYml.replace('version: 2027.1', 'version: 2027.10') });
    expect(course?.version).toBe('2027.10');
  });

  it('reads the targets and the course IRI, which defaults to urn:coursewright:<id>', () => {
    expect(parse().course).toMatchObject({ targets: ['scorm12'], iri: 'urn:coursewright:demo' });
    const yml = `${courseYml}targets: [scorm12, xapi, cmi5]\niri: https://learning.example.org/courses/demo\n`;
    const { course, diagnostics } = parse({ 'course.yml': yml });
    expect(diagnostics.filter((d) => d.file === 'course.yml')).toEqual([]);
    expect(course).toMatchObject({ targets: ['scorm12', 'xapi', 'cmi5'], iri: 'https://learning.example.org/courses/demo' });
  });

  it('reports an unknown target at its position, naming the ones there are, and the one meant when it is misspelt', () => {
    const { diagnostics } = parse({ 'course.yml': `${courseYml}targets: [scorm12, tincan, scrom2004]\n` });
    const named = targetNames.map((name) => `"${name}"`).join(', ');
    expect(diagnostics.filter((d) => d.file === 'course.yml')).toEqual([
      expect.objectContaining({
        code: 'schema-invalid-value',
        range: expect.objectContaining({ start: { line: 9, column: 20 } }),
        message: `Unexpected value for "targets[1]": expected one of ${named}, found "tincan".`,
        hint: 'See docs/course-format.md for what this field takes.',
      }),
      expect.objectContaining({
        code: 'schema-invalid-value',
        range: expect.objectContaining({ start: { line: 9, column: 28 } }),
        message: `Unexpected value for "targets[2]": expected one of ${named}, found "scrom2004".`,
        hint: 'Did you mean "scorm2004"? See docs/course-format.md for what this field takes.',
      }),
    ]);
  });

  it('tells the number meant when a number is written with its unit or a decimal comma', () => {
    // The hint says what the field takes, in the words editors show for it (the schema's description).
    const about = '"masteryScore": Score (0–100) needed to pass; graded checks and scored scenarios count. No default: without it the course is completed, not passed. ';
    const hint = (score: string) => parse({ 'course.yml': courseYml.replace('masteryScore: 80', `masteryScore: ${score}`) }).diagnostics.filter((d) => d.file === 'course.yml').map((d) => [d.code, d.hint]);
    expect(hint('80%')).toEqual([['schema-invalid-value', `Did you mean "80"? ${about}See docs/course-format.md for what this field takes.`]]);
    expect(hint('"87,5 %"')).toEqual([['schema-invalid-value', `Did you mean "87.5"? ${about}See docs/course-format.md for what this field takes.`]]);
    expect(hint('eighty')).toEqual([['schema-invalid-value', `${about}See docs/course-format.md for what this field takes.`]]);
  });

  it('refuses a support address with a password in it, which every package would carry, at its position', () => {
    const yml = `${courseYml}support:\n  resources:\n    - name: Staff portal\n      url: https://hr:Winter2026@portal.example.org/help\n`;
    const { diagnostics } = parse({ 'course.yml': yml });
    expect(diagnostics.filter((d) => d.file === 'course.yml')).toEqual([
      expect.objectContaining({
        severity: 'error',
        range: expect.objectContaining({ start: { line: 12, column: 12 } }),
        message: expect.stringContaining('expected an address without a user name or password'),
      }),
    ]);
  });

  it('reports a line that starts like a block but cannot be read as one, instead of showing it as text; prose that starts with colons is left alone', () => {
    const slips = [':::check{#}', ':::check {#q4 graded}', ':::practice{#p-x mode=choose', '::scenario{src="../scenarios/a.yml"'];
    const lesson = `---\ntitle: Practice\nid: try-it\n---\n${slips.map((line) => `${line}\nQuestion?\n\n- [x] Yes\n- [ ] No\n:::\n`).join('\n')}\n::before is a CSS pseudo-element, and :::: is just colons.\n`;
    const { diagnostics } = parse({ 'lessons/practice.md': lesson });
    const unread = diagnostics.filter((d) => d.code === 'directive-unreadable');
    expect(unread.map((d) => d.message.slice(0, d.message.indexOf('" starts') + 1))).toEqual(slips.map((line) => `The line "${line}"`));
    expect(unread.map((d) => d.range?.start.line)).toEqual([5, 12, 19, 26]);
  });

  it('says a block line pasted from a word processor has curly quotes, at the first of them', () => {
    const lesson = '---\ntitle: Practice\nid: try-it\n---\n:::reflection{#think confirm=\u201cI am done\u201d}\nWhy?\n:::\n\n:::check{#q9 graded}}\nQ?\n\n- [x] A\n- [ ] B\n:::\n';
    const unread = parse({ 'lessons/practice.md': lesson }).diagnostics.filter((d) => d.code === 'directive-unreadable');
    expect(unread.map((d) => [d.range?.start.line, d.range?.start.column, d.message.slice(d.message.indexOf('starts like'), d.message.indexOf(' block'))])).toEqual([
      [5, 30, 'starts like a reflection'],
      [9, 1, 'starts like a check'],
    ]);
    expect(unread[0]?.hint).toBe('Write straight quotes (") around values: \u201c is a curly quote, as a word processor types it, and a block reads only straight ones. What is reported inside this block comes from it: fix it first.');
    expect(unread[1]?.hint).toMatch(/^Write the name and its braces/);
  });

  it('treats a link to a lesson file with a query string as a lesson link', () => {
    const { course, diagnostics } = parse({ 'lessons/practice.md': `---\ntitle: Practice\nid: try-it\n---\nBack to [welcome](welcome.md?from=practice).\n` });
    const html = course?.lessons[1]?.blocks[0]?.kind === 'markdown' ? course.lessons[1].blocks[0].html : '';
    expect(html).toContain('<a href="#lesson-welcome" data-cw-lesson="welcome">welcome</a>');
    expect(diagnostics.map((d) => d.code)).toEqual(['link-lesson-part', 'html-removed']);
    expect(course?.assets).not.toContain('lessons/welcome.md');
  });

  it('reports problems in Markdown of scenario YAML at their line and column in the YAML file, once', () => {
    const scenario = ['id: s', 'title: S', 'nodes:', '  start:', '    text: |', '      Hello', '      Now <b>bold</b>', '    choices:', '      - { id: go, text: "Go <i>on</i>", goto: end }', '  end:', '    text: Bye', '    end: true', '    outcome: positive', ''].join('\n');
    const lesson = '---\ntitle: Practice\nid: try-it\n---\n::scenario{src="../scenarios/s.yml"}\n\n::scenario{src="../scenarios/s.yml"}\n';
    const { diagnostics } = parse({ 'lessons/practice.md': lesson, 'scenarios/s.yml': scenario });
    const inYaml = diagnostics.filter((d) => d.file === 'scenarios/s.yml');
    expect(sortDiagnostics(inYaml).map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([
      ['html-removed', 7, 11],
      ['html-removed', 7, 18],
      ['html-removed', 9, 29],
      ['html-removed', 9, 34],
    ]);
  });

  it('reports a block nested in a list instead of showing its answers as text', () => {
    const { course, diagnostics } = parse({ 'lessons/practice.md': `---\ntitle: Practice\nid: try-it\n---\n- Step\n\n  :::check{#q-in-list}\n  Q?\n\n  - [x] a\n  - [ ] b\n  :::\n` });
    expect(diagnostics.filter((d) => d.file === 'lessons/practice.md').map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([['block-nested', 7, 3]]);
    const html = course?.lessons[1]?.blocks[0]?.kind === 'markdown' ? course.lessons[1].blocks[0].html : '';
    expect(html).not.toContain('checkbox');
  });

  it('checks lesson ids taken from file names, and that transcripts are Markdown', () => {
    const sink = createDiagnosticSink();
    parseCourse(
      createMemorySource({
        'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/01_Intro.md]\n',
        'lessons/01_Intro.md': '---\ntitle: Intro\n---\n::::interview{#a speaker="A" audio="../media/a.mp3" captions="../media/a.vtt" transcript="../media/a.pdf"}\nHi.\n::::\n',
        'media/a.mp3': mediaBytes.mp3,
        'media/a.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n',
        'media/a.pdf': '%PDF-1.4 binary',
      }),
      sink,
    );
    expect(sink.diagnostics.map((d) => [d.code, d.file, d.range?.start.line, d.range?.start.column])).toEqual([
      ['invalid-id', 'lessons/01_Intro.md', 1, 1],
      ['invalid-attribute', 'lessons/01_Intro.md', 4, 79],
    ]);
    expect(sink.diagnostics[0]?.hint).toContain('Try "id-01-intro" (rename the file, or set "id:" in the front matter). Ids become');
    expect(sink.diagnostics[1]?.message).toContain('expected a Markdown file (.md) holding the transcript');
  });

  it('explains a second YAML document in plain words', () => {
    const sink = createDiagnosticSink();
    parseCourse(createMemorySource({ 'course.yml': 'id: demo\n---\ntitle: Demo\n' }), sink);
    expect(sink.diagnostics[0]?.message).toBe('This YAML cannot be read: the file holds more than one YAML document (a second "---" line).');
  });

  it('puts each table in a focusable scroll region labelled by its headers, for phones and keyboards', () => {
    const sink = createDiagnosticSink();
    const course = parseCourse(
      createMemorySource({
        'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/a.md]\n',
        'lessons/a.md': '---\ntitle: A\n---\n| Shift | Contact |\n| --- | --- |\n| Night | Duty manager |\n',
      }),
      sink,
    );
    const html = course?.lessons[0]?.blocks[0]?.kind === 'markdown' ? course.lessons[0].blocks[0].html : '';
    expect(html).toMatch(/^<div class="cw-table-scroll" role="region" tabindex="0" aria-label="Shift, Contact"><table>/);
  });

  it('refuses a course or edition title longer than a SCORM 1.2 manifest takes (200 characters), at its position', () => {
    const long = 'Respect at work, for everyone '.padEnd(201, 'x');
    const sink = createDiagnosticSink();
    const yml = `id: demo\ntitle: ${long}\nlessons:\n  - lessons/a.md\neditions:\n  staff:\n    title: ${long}\n  leads:\n    title: ${long.slice(0, 200)}\n`;
    parseCourse(createMemorySource({ 'course.yml': yml, 'lessons/a.md': '---\ntitle: A\n---\nText.\n' }), sink);
    const found = 'expected at most 200 characters, the most an LMS is sure to take (SCORM 1.2 allows no more), found 201.';
    expect(sink.diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column, d.message])).toEqual([
      ['schema-invalid-value', 2, 8, `Unexpected value for "title": ${found}`],
      ['schema-invalid-value', 7, 12, `Unexpected value for "title": ${found}`],
    ]);
  });

  it('accepts only Markdown files as lessons', () => {
    const sink = createDiagnosticSink();
    parseCourse(createMemorySource({ 'course.yml': 'id: demo\ntitle: Demo\nlessons:\n  - course.yml\n' }), sink);
    expect(sink.diagnostics.map((d) => [d.code, d.range?.start.line, d.message])).toEqual([
      ['schema-invalid-value', 4, 'Unexpected value for "lessons": expected a Markdown lesson file (.md), found "course.yml".'],
    ]);
  });
});


describe('what a build holds between its two passes', () => {
  // Pass 1 reads every lesson's front matter (ids, for links between lessons), pass 2 its blocks.
  // A lesson's tree is many times its text: pass 1 keeps neither, and each lesson is read again,
  // and parsed, when its blocks are read (the source makes sure it is the same text).
  it('reads each lesson again when its blocks are read, the first lesson\'s blocks before the last lesson\'s Markdown is parsed', () => {
    const lesson = (title: string, link: string) => `---\ntitle: ${title}\n---\n## ${title}\n\nSee [the next lesson](${link}).\n\n> A quote, which only the parser reads.\n`;
    const memory = createMemorySource({
      'course.yml': 'id: order\ntitle: Order\nlessons:\n  - lessons/a.md\n  - lessons/b.md\n  - lessons/c.md\n',
      'lessons/a.md': lesson('A', 'c.md'),
      'lessons/b.md': lesson('B', 'a.md'),
      'lessons/c.md': lesson('C', 'b.md'),
    });
    const reads: string[] = [];
    const source = { ...memory, readText: (path: string) => (reads.push(path), memory.readText(path)) };
    const sink = createDiagnosticSink();
    const course = parseCourse(source, sink);
    expect(sink.diagnostics).toEqual([]);
    expect(reads).toEqual(['course.yml', 'lessons/a.md', 'lessons/b.md', 'lessons/c.md', 'lessons/a.md', 'lessons/b.md', 'lessons/c.md']);
    expect(course?.lessons.map((l) => l.blocks.map((b) => (b.kind === 'markdown' ? b.html : '')).join(''))).toEqual([
      expect.stringContaining('<a href="#lesson-c" data-cw-lesson="c">the next lesson</a>'),
      expect.stringContaining('<a href="#lesson-a" data-cw-lesson="a">the next lesson</a>'),
      expect.stringContaining('<a href="#lesson-b" data-cw-lesson="b">the next lesson</a>'),
    ]);
  });

  it('a lesson with a character the parser reads its own way (NUL) is parsed whole in pass 1, and read once', () => {
    const memory = createMemorySource({ 'course.yml': 'id: nul\ntitle: NUL\nlessons:\n  - lessons/a.md\n', 'lessons/a.md': '---\ntitle: A\n---\n## A\u0000\n' });
    const reads: string[] = [];
    const source = { ...memory, readText: (path: string) => (reads.push(path), memory.readText(path)) };
    const sink = createDiagnosticSink();
    expect(parseCourse(source, sink)?.lessons.map((l) => l.title)).toEqual(['A']);
    expect(sink.diagnostics).toEqual([]);
    expect(reads).toEqual(['course.yml', 'lessons/a.md']);
  });
});

describe('a lesson head and its tree', () => {
  it('keeps the tree it made until releaseTree; read after, the tree is made anew', async () => {
    const { releaseTree, withLazyTree } = await import('../../../src/parse/course/parse-lesson.js');
    let made = 0;
    const head = withLazyTree({ file: 'lessons/a.md', id: 'a', front: undefined }, () => ({ type: 'root', children: [{ type: 'thematicBreak' }], position: { start: { line: ++made, column: 1 }, end: { line: made, column: 1 } } }));
    const first = head.tree;
    expect(head.tree).toBe(first);
    expect(made).toBe(1);
    releaseTree(head);
    expect(head.tree).not.toBe(first);
    expect(made).toBe(2);
    expect(head.tree.position?.start.line).toBe(2);
    // A head made otherwise has nothing to let go of.
    expect(() => releaseTree({ file: 'lessons/b.md', id: 'b', front: undefined, tree: { type: 'root', children: [] } })).not.toThrow();
  });
});
