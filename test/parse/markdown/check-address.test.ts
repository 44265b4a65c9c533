import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { createMemorySource } from '../../../src/load/course-source.js';
import { parseCourse } from '../../../src/parse/course/parse-course.js';
import { compileCourse } from '../../../src/compile.js';
import { createBuildCache } from '../../../src/cache/build-cache.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

/** Parse a one-lesson course whose lesson body is `body`; returns codes with lines and the lesson html. */
function parseLesson(body: string): { found: string[]; messages: string[]; html: string } {
  const sink = createDiagnosticSink();
  const source = createMemorySource({
    'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n',
    'lessons/one.md': `---\ntitle: One\n---\n${body}\n`,
    'media/a.png': png,
  });
  const course = parseCourse(source, sink);
  const block = course?.lessons[0]?.blocks[0];
  return {
    found: sink.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.code}`),
    messages: sink.diagnostics.map((d) => d.message),
    html: block?.kind === 'markdown' ? block.html : '',
  };
}

describe('every address an author writes is checked, whichever syntax carries it', () => {
  it.each([
    ['reference image out of the course', '![x][r]\n\n[r]: ../../../../etc/passwd', ['4:1 asset-outside-course']],
    ['reference link out of the course', '[see][r]\n\n[r]: ../../../../etc/passwd', ['4:1 asset-outside-course']],
    ['collapsed reference to javascript:', '[r][]\n\n[r]: javascript:alert(1)', ['4:1 link-unsafe']],
    ['shortcut reference image with data:', '![r]\n\n[r]: data:image/png;base64,AAAA', ['4:1 link-unsafe']],
    ['image with file:', '![x](file:///etc/passwd)', ['4:1 url-unsupported-scheme']],
    ['image with a Windows drive', '![x](C:\\\\x.png)', ['4:1 asset-outside-course']],
    ['image with javascript:', '![x](javascript:alert(1))', ['4:1 link-unsafe']],
    ['image with data:', '![x](data:image/png;base64,AAAA)', ['4:1 link-unsafe']],
    ['image with mailto:', '![x](mailto:a@example.org)', ['4:1 url-unsupported-scheme']],
    ['link with upper-case JAVASCRIPT:', '[x](JavaScript:alert(1))', ['4:1 link-unsafe']],
    ['link with a tab inside the scheme', '[x](<java\tscript:alert(1)>)', ['4:1 link-unsafe']],
    ['link with ftp:', '[x](ftp://example.org/a.pdf)', ['4:1 url-unsupported-scheme']],
    ['reference link over plain http', '[x][r]\n\n[r]: http://example.org', ['4:1 link-insecure']],
    ['bare http address (a link remark-gfm makes without a position)', '<s:script xmlns:s="http://www.w3.org/2000/svg"/>', ['4:20 link-insecure']],
    ['definition after a block, used before it', '![x][r]\n\n::::reflection{#think}\nWhy?\n::::\n\n[r]: /etc/passwd', ['4:1 asset-outside-course']],
    ['image whose address has a space (the parser leaves it as text)', '![x](../media/a photo.png)', ['4:1 link-address-space']],
    ['link whose address has a space, on a later line', 'See the policy,\nthen *read* [the next lesson](next lesson.md) too.', ['5:13 link-address-space']],
    ['link with a title: a space after the address is no mistake', '[x](https://example.org/p "The policy")', []],
    ['brackets and parentheses apart, as prose writes them', 'He said [sic] (see below), as [the policy](https://example.org/p) does.', []],
  ])('%s', (_name, body, expected) => {
    expect(parseLesson(body).found).toEqual(expected);
  });

  it('tells how to write a path it refused: slashes turned round, or from this file', () => {
    const hints = (body: string): (string | undefined)[] => {
      const sink = createDiagnosticSink();
      parseCourse(createMemorySource({ 'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: One\n---\n${body}\n` }), sink);
      return sink.diagnostics.filter((d) => d.code === 'asset-outside-course').map((d) => d.hint);
    };
    expect(hints('![The ward](..\\media\\ward.png)')).toEqual(['Write paths with forward slashes, as the web does, even on Windows: "../media/ward.png".']);
    // Turned round, a path may still lead to no file: the hint gives the course's file it means.
    const withFile = (body: string): (string | undefined)[] => {
      const sink = createDiagnosticSink();
      parseCourse(createMemorySource({ 'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: One\n---\n${body}\n`, 'media/ward.png': new Uint8Array(0) }), sink);
      return sink.diagnostics.filter((d) => d.code === 'asset-outside-course').map((d) => d.hint);
    };
    expect(withFile('![The ward](media\\ward.png)')).toEqual(['Write paths with forward slashes, as the web does, even on Windows: "../media/ward.png".']);
    expect(withFile('![The ward](..\\media\\wards.png)')).toEqual(['Write paths with forward slashes, as the web does, even on Windows: "../media/ward.png".']);
    const messages = (body: string): string[] => {
      const sink = createDiagnosticSink();
      parseCourse(createMemorySource({ 'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n', 'lessons/one.md': `---\ntitle: One\n---\n${body}\n` }), sink);
      return sink.diagnostics.map((d) => d.message);
    };
    // Not "outside the course": the file may well be in it, named the Windows way.
    expect(messages('![The ward](..\\media\\ward.png) ![The ward](../../ward.png)')).toEqual([
      'The path "..\\media\\ward.png" is written with backslashes, which the web and LMS servers do not read as folders: it leads to no file of the course.',
      'The path "../../ward.png" points outside the course folder.',
    ]);
    // Markdown reads a backslash before punctuation as an escape (`.\..\media` as `...\media`): the
    // path is quoted, and turned round, as the author wrote it, not as `...\media\ward.png` and `.../media/ward.png`.
    expect(messages('![The ward](.\\..\\media\\ward.png)')[0]).toBe('The path ".\\..\\media\\ward.png" is written with backslashes, which the web and LMS servers do not read as folders: it leads to no file of the course.');
    expect(withFile('![The ward](.\\..\\media\\ward.png)')).toEqual(['Write paths with forward slashes, as the web does, even on Windows: "./../media/ward.png".']);
    // A backslash the author meant as an escape (`my\_ward.png`) is read as one in the file suggested.
    const escaped = createDiagnosticSink();
    parseCourse(createMemorySource({ 'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/one.md]\n', 'lessons/one.md': '---\ntitle: One\n---\n[The form](..\\forms\\my\\_form.pdf "Form")\n', 'forms/my_form.pdf': new Uint8Array(0) }), escaped);
    expect(escaped.diagnostics.map((d) => [d.message, d.hint])).toEqual([[
      'The path "..\\forms\\my\\_form.pdf" is written with backslashes, which the web and LMS servers do not read as folders: it leads to no file of the course.',
      'Write paths with forward slashes, as the web does, even on Windows: "../forms/my_form.pdf".',
    ]]);
    const fromRoot = 'A path from the root of a disk or a web server leads nowhere in a package. Copy the file into the course (e.g. media/) and write its path from this file, e.g. ../media/photo.jpg.';
    expect(hints('![The ward](C:\\Users\\sam\\ward.png) ![The ward](/media/ward.png)')).toEqual([fromRoot, fromRoot]);
    expect(hints('![The ward](../../brand/ward.png)')).toEqual(['Copy the file into the course (e.g. media/) and refer to it there; packages contain only the course folder.']);
  });

  it('keeps upper-case web addresses working instead of dropping them', () => {
    const { found, html } = parseLesson('[policy](HTTPS://example.org/p) ![map](HTTPS://example.org/m.png)');
    expect(found).toEqual([]);
    expect(html).toContain('href="https://example.org/p"');
    expect(html).toContain('src="https://example.org/m.png"');
  });

  it('resolves reference images to packaged files', () => {
    const { found, html } = parseLesson('![A map][map]\n\n[map]: ../media/a.png "The ward"');
    expect(found).toEqual([]);
    expect(html).toContain('src="media/a.png"');
    expect(html).toContain('title="The ward"');
  });
});

describe('a link to a lesson with a slip in it', () => {
  it('is broken, with the link most likely meant: the .md left out, capitals, a folder too many, underscores, a plural', () => {
    const hints = (link: string): string[] => {
      const sink = createDiagnosticSink();
      const source = createMemorySource({
        'course.yml': 'id: demo\ntitle: Demo\nlessons: [lessons/one.md, lessons/sbar.md, lessons/hand-over.md]\n',
        'lessons/one.md': `---\ntitle: One\n---\nSee [the SBAR structure](${link}).\n`,
        'lessons/sbar.md': '---\ntitle: SBAR\n---\nSituation first.\n',
        'lessons/hand-over.md': '---\ntitle: Handover\n---\nAt the bedside.\n',
      });
      parseCourse(source, sink);
      return sink.diagnostics.map((d) => `${d.code} ${(/^Did you mean "[^"]+"\?/.exec(d.hint ?? '') ?? [''])[0]}`);
    };
    expect(hints('sbar')).toEqual(['link-broken Did you mean "sbar.md"?']);
    expect(hints('SBAR.md')).toEqual(['link-broken Did you mean "sbar.md"?']);
    expect(hints('lessons/sbar.md')).toEqual(['link-broken Did you mean "sbar.md"?']);
    expect(hints('sbars.md')).toEqual(['link-broken Did you mean "sbar.md"?']);
    expect(hints('hand_over.md#top')).toEqual(['link-broken Did you mean "hand-over.md"?']);
    expect(hints('nothing.md')).toEqual(['link-broken ']);
    expect(hints('sbar.md')).toEqual([]);
  });

  it('to a lesson file left out of course.yml says so, and names the file to list; a translation of a listed lesson is not one', async () => {
    const files = (lessons: string, old = true): Record<string, string> => ({
      'course.yml': `id: demo\ntitle: Demo\nlanguages: [en, es]\nlessons: [${lessons}]\n`,
      'lessons/one.md': '---\ntitle: One\n---\nSee [last year\'s lesson](old.md) and [the Spanish one](one.es.md).\n',
      'lessons/one.es.md': '---\ntitle: Uno\n---\nVer [la lección](old.md) y [esta](one.es.md).\n',
      ...(old ? { 'lessons/old.md': '---\ntitle: Old\n---\nLast year.\n' } : {}),
    });
    const links = async (files: Record<string, string>): Promise<string[]> => {
      const { diagnostics } = await compileCourse({ files, validateOnly: true, cache });
      return diagnostics.filter((d) => d.code.startsWith('link-') && d.file === 'lessons/one.md').map((d) => `${d.code}: ${d.message}`);
    };
    const translation = 'link-broken: The link "one.es.md" points to no lesson in this course.';
    // One cache for all three: the same lesson text is parsed again only when what it asked changed.
    const cache = createBuildCache();
    expect(await links(files('lessons/one.md', false))).toEqual(['link-broken: The link "old.md" points to no lesson in this course.', translation]);
    expect(await links(files('lessons/one.md'))).toEqual([
      'link-unlisted-lesson: The link "old.md" leads to "lessons/old.md", which is not listed in course.yml, so it is not part of the course.',
      translation,
    ]);
    expect(await links(files('lessons/one.md, lessons/old.md'))).toEqual([translation]);
  });
});

describe('footnotes learners would not see as written', () => {
  it('warns of each reference with no footnote, but not of one the author escaped', () => {
    expect(parseLesson('See [^a] and [^b]. A pattern \\[^abc] is text.').found).toEqual(['4:5 footnote-undefined', '4:14 footnote-undefined']);
  });

  it('warns once of a footnote across a block from its reference: at the reference, which leads nowhere', () => {
    const { found } = parseLesson('A claim.[^source]\n\n:::reflection{#r}\nThink.\n:::\n\n[^source]: The staff survey.');
    expect(found).toEqual(['4:9 footnote-elsewhere']);
  });

  it('warns of a footnote nothing in the lesson refers to, and of one defined twice', () => {
    const { found } = parseLesson('A claim.[^a]\n\n[^a]: First.\n[^a]: Second.\n[^b]: Never used.');
    expect(found).toEqual(['7:1 footnote-duplicate', '8:1 footnote-unused']);
  });
});

describe('tables learners would see as written', () => {
  it('warns, at its first row, of a table whose row of dashes has another number of cells', () => {
    const { found, html } = parseLesson('Who to call:\n\n| Shift | Contact | Phone |\n|---|---|\n| Night | Duty manager | 0100 |');
    expect(found).toEqual(['6:1 table-columns-mismatch']);
    expect(html).not.toContain('<table>');
  });

  it('counts cells as Markdown does: bars at the ends are not cells, an escaped bar is text in a cell, markup is in its cell', () => {
    expect(parseLesson('a | b | c\n--|--').found).toEqual(['4:1 table-columns-mismatch']);
    expect(parseLesson('| a \\| b | c |\n|---|---|---|').found).toEqual(['4:1 table-columns-mismatch']);
    // A backslash escaped by another leaves the bar a bar.
    expect(parseLesson('| a \\\\| b | c |\n|---|---|').found).toEqual(['4:1 table-columns-mismatch']);
    // Headings in bold, code or links: cells all the same.
    const bold = parseLesson('| **Shift** | **Contact** | **Phone** |\n|---|---|');
    expect(bold.found).toEqual(['4:1 table-columns-mismatch']);
    expect(bold.messages).toEqual(["This table's row of dashes has 2 cells and its first row 3, so Markdown reads no table: learners see these lines as written, bars and dashes."]);
    expect(parseLesson('| **A** | **B** |\n|---|').found).toEqual(['4:1 table-columns-mismatch']);
    expect(parseLesson('| `a` | [b](https://example.org) |\n|---|').found).toEqual(['4:1 table-columns-mismatch']);
    // Read as tables: nothing to say.
    expect(parseLesson('| a \\| b | c |\n|---|---|').found).toEqual([]);
    expect(parseLesson('a | b\n:-|-:').found).toEqual([]);
  });

  it('warns in an indented list item at the table\u2019s line, and not of prose with a bar above a rule', () => {
    expect(parseLesson('- Contacts:\n\n  | a | b |\n  |---|\n').found).toEqual(['6:3 table-columns-mismatch']);
    expect(parseLesson('> | a | b |\n> |---|\n').found).toEqual(['4:3 table-columns-mismatch']);
    expect(parseLesson('> Quoted:\n>\n> | a | b |\n> |---|\n').found).toEqual(['6:3 table-columns-mismatch']);
    expect(parseLesson('Either this | or that.\n\n---\n\nNext part.').found).toEqual([]);
    expect(parseLesson('Pipes | in prose\nand more | words').found).toEqual([]);
  });
});
