import { describe, expect, it } from 'vitest';
import { createDiagnosticSink } from '../../../src/diagnostics/context.js';
import { createMemorySource } from '../../../src/load/course-source.js';
import type { Course } from '../../../src/model/course.js';
import { parseCourse } from '../../../src/parse/course/parse-course.js';
import { selectVariants } from '../../../src/parse/course/select-variants.js';
import { translatedPath, translationHash } from '../../../src/parse/course/translation-files.js';

const courseYml = `id: respect
title: Respect at work
editions:
  employee: { title: Respect at work }
  manager: { title: Respect at work for managers }
  refresher: { title: Respect at work – yearly refresher }
lessons:
  - lessons/a.md
  - { file: lessons/b.md, editions: [manager, refresher] }
`;

const lessonA = `---
title: A
---
For everyone.

::::::only{editions="manager refresher"}
For managers and the refresher.

:::::only{editions="refresher"}
Refresher only.
:::::

:::reflection{#manager-thought}
What do you do first?
:::
::::::

:::acknowledgement{#read editions="employee"}
I have read the policy.
:::
`;

function parse(files: Record<string, string>): { course: Course | undefined; codes: string[] } {
  const sink = createDiagnosticSink();
  const course = parseCourse(createMemorySource(files), sink);
  return { course, codes: sink.diagnostics.map((d) => d.code) };
}

/** Per edition: lesson ids, and per lesson the blocks as "markdown: text" or "kind#id". */
function outline(course: Course): string[] {
  return course.lessons.map((lesson) => `${lesson.id}: ${lesson.blocks.map((b) => (b.kind === 'markdown' ? b.html.replace(/<[^>]+>/g, '').trim() : `${b.kind}#${b.id}`)).join(' | ')}`);
}

describe('selectVariants', () => {
  const files = { 'course.yml': courseYml, 'lessons/a.md': lessonA, 'lessons/b.md': '---\ntitle: B\n---\nFor managers.\n' };

  it('cuts each edition from one parse: lessons, blocks, nested passages, id, title and IRI', () => {
    const { course, codes } = parse(files);
    expect(codes).toEqual([]);
    const variants = selectVariants([course!], undefined, createDiagnosticSink());
    expect(variants.map((v) => [v.id, v.title, v.iri, v.variant])).toEqual([
      ['respect-employee', 'Respect at work', 'urn:coursewright:respect/employee', { edition: 'employee', language: 'en', courseTitle: 'Respect at work' }],
      ['respect-manager', 'Respect at work for managers', 'urn:coursewright:respect/manager', { edition: 'manager', language: 'en', courseTitle: 'Respect at work' }],
      ['respect-refresher', 'Respect at work – yearly refresher', 'urn:coursewright:respect/refresher', { edition: 'refresher', language: 'en', courseTitle: 'Respect at work' }],
    ]);
    expect(variants.map(outline)).toEqual([
      ['a: For everyone. | acknowledgement#read'],
      ['a: For everyone. | For managers and the refresher. | reflection#manager-thought', 'b: For managers.'],
      ['a: For everyone. | For managers and the refresher. | Refresher only. | reflection#manager-thought', 'b: For managers.'],
    ]);
  });

  it('keeps the course as it is when it has no editions and one language', () => {
    const { course } = parse({ 'course.yml': 'id: x\ntitle: X\nlessons: [lessons/a.md]\n', 'lessons/a.md': '---\ntitle: A\n---\nHi.\n' });
    expect(selectVariants([course!], undefined, createDiagnosticSink())).toEqual([course]);
  });

  it('selects only the editions asked for, and reports an unknown one', () => {
    const { course } = parse(files);
    const sink = createDiagnosticSink();
    expect(selectVariants([course!], ['refresher', 'boss'], sink).map((v) => v.id)).toEqual(['respect-refresher']);
    expect(sink.diagnostics.map((d) => [d.code, d.message])).toEqual([['edition-unknown', 'Unexpected edition "boss"; expected one of: employee, manager, refresher.']]);
  });
});

describe('translation files', () => {
  it('sit beside the original, the language before the extension', () => {
    expect(translatedPath('lessons/welcome.md', 'es')).toBe('lessons/welcome.es.md');
    expect(translatedPath('course.yml', 'es-MX')).toBe('course.es-MX.yml');
  });

  it('are tied to the original by a short hash that ignores line endings', () => {
    expect(translationHash('a\r\nb\n')).toBe(translationHash('a\nb\n'));
    expect(translationHash('a\nb\n')).toMatch(/^[0-9a-f]{8}$/);
    expect(translationHash('a\nb\n')).not.toBe(translationHash('a\nc\n'));
  });
});
