import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { activityId } from '../../../src/model/activity-ids.js';
import type { Course } from '../../../src/model/course.js';
import { buildReportKey, type ReportKeyRow } from '../../../src/package/report-key/build-report-key.js';
import { reportKeyHtml } from '../../../src/package/report-key/report-key-html.js';
import { blocksCourse } from '../../runtime/blocks/fixtures/blocks-course.js';
import { decisionsCourse } from '../../runtime/blocks/fixtures/decisions-course.js';
import { attrOf, childElements, elementsOf, parseKeyHtml, textOf, type KeyElement } from './key-html-tree.js';

async function courseOf(files: Record<string, string | Uint8Array>): Promise<Course> {
  const { course, diagnostics } = await compileCourse({ files, validateOnly: true });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!course) throw new Error('no course');
  return course;
}

/** The blocks course under anonymous-score, with its scenario unscored: it reports its outcome. */
function unscoredSummaryCourse(): Record<string, string | Uint8Array> {
  const files = decisionsCourse('anonymous-score');
  files['scenarios/break-room.yml'] = String(files['scenarios/break-room.yml']).replace(/\nscoring:\n[^\n]*\n?$/, '\n');
  return files;
}

/** One interaction of the page as HR reads it: heading, what is said once, and the responses table. */
interface ShownInteraction {
  anchor: string | undefined;
  question: string;
  details: [string, string][];
  caption: string;
  head: string[];
  responses: string[][];
}

function interactionsShown(html: string): ShownInteraction[] {
  const { document } = parseKeyHtml(html);
  return elementsOf(document, 'section').filter((section) => attrOf(section, 'class') === 'interaction').map((section) => {
    const [heading] = elementsOf(section, 'h3');
    const [list] = elementsOf(section, 'dl');
    const [table] = elementsOf(section, 'table');
    if (!heading || !list || !table) throw new Error('an interaction without its heading, list or table');
    const terms = childElements(list);
    return {
      anchor: attrOf(heading, 'id'),
      question: textOf(heading),
      details: terms.filter((el) => el.tagName === 'dt').map((dt, i) => [textOf(dt), textOf(terms.filter((el) => el.tagName === 'dd')[i] ?? dt)]),
      caption: textOf(elementsOf(table, 'caption')[0] ?? table),
      head: elementsOf(elementsOf(table, 'thead')[0] ?? table, 'th').map(textOf),
      responses: elementsOf(elementsOf(table, 'tbody')[0] ?? table, 'tr').map((tr) => childElements(tr).map(textOf)),
    };
  });
}

/** The rows of the key, one entry per interaction id, in order. */
function byInteraction(rows: readonly ReportKeyRow[]): ReportKeyRow[][] {
  const groups = new Map<string, ReportKeyRow[]>();
  for (const row of rows) groups.set(row.interactionId, [...(groups.get(row.interactionId) ?? []), row]);
  return [...groups.values()];
}

const cases: [string, () => Record<string, string | Uint8Array>, 'scorm12' | 'scorm2004'][] = [
  ['every kind of block, SCORM 1.2 (letters)', () => decisionsCourse('all'), 'scorm12'],
  ['every kind of block, SCORM 2004 (full ids)', () => decisionsCourse('all'), 'scorm2004'],
  ['a plain acknowledgement', () => blocksCourse, 'scorm12'],
  ['anonymous-score, a scored scenario', () => decisionsCourse('anonymous-score'), 'scorm12'],
  ['anonymous-score, an unscored scenario', unscoredSummaryCourse, 'scorm2004'],
  ['decisions none', () => decisionsCourse('none'), 'scorm2004'],
];

describe.each(cases)('the HTML report key, %s', (_name, files, target) => {
  it('has one section per interaction: its question once as the heading, its id, lesson, block type and scoring once, and every response under it', async () => {
    const course = await courseOf(files());
    const rows = buildReportKey(course);
    const letters = target === 'scorm12';
    const reportedId = (id: string): string => (letters ? id : activityId(course.iri, 'interaction', id));
    const html = reportKeyHtml(course, target, rows, letters ? { scorm12Letters: true } : { reportedId });
    const shown = interactionsShown(html);
    const expected = byInteraction(rows);
    expect(shown.map((s) => s.details[0]?.[1])).toEqual(expected.map((group) => reportedId(group[0]!.interactionId)));
    shown.forEach((interaction, i) => {
      const group = expected[i]!;
      const first = group[0]!;
      expect(interaction.question).toBe(first.question);
      expect(interaction.details).toEqual([['Interaction id', reportedId(first.interactionId)], ['Lesson', first.lesson], ['Block type', first.blockType], ['Scored', first.scored ? 'yes' : 'no']]);
      expect(interaction.caption).toBe(`Responses to ${first.interactionId}`);
      expect(interaction.head).toEqual(letters ? ['Response code', 'SCORM 1.2 response', 'Response text', 'Correct or recommended'] : ['Response code', 'Response text', 'Correct or recommended']);
      expect(interaction.responses).toEqual(group.map((row) => [row.responseCode || '(none)', ...(letters ? [row.scorm12Code] : []), row.responseText, row.expected]));
    });
    // Each question is written once per interaction in the body of the page, never once per response.
    const body = html.slice(html.indexOf('</nav>'));
    for (const group of expected) {
      const question = group[0]!.question.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      const asked = expected.filter((other) => other[0]!.question === group[0]!.question).length;
      expect(body.split(question).length - 1, group[0]!.interactionId).toBe(asked);
    }
  });
});

describe('the HTML report key', () => {
  it('keeps what acknowledgements, reflections and scenario results report', async () => {
    const all = interactionsShown(reportKeyHtml(await courseOf(decisionsCourse('all')), 'scorm12', buildReportKey(await courseOf(decisionsCourse('all'))), { scorm12Letters: true }));
    const policy = all.find((s) => s.anchor === 'interaction-ack-policy');
    expect(policy).toMatchObject({ question: 'I have read and understood the Respect at Work policy.', details: expect.arrayContaining([['Block type', 'Acknowledgement'], ['Scored', 'no']]) });
    expect(policy?.responses).toEqual([['Acknowledged: Dignity at Work Policy, version 2027.1', 'Acknowledged: Dignity at Work Policy, version 2027.1', 'Acknowledged: Dignity at Work Policy, version 2027.1', '']]);
    expect(all.find((s) => s.anchor === 'interaction-r-moment')?.responses).toEqual([['(none)', '', "(the learner's own words)", '']]);
    const plain = interactionsShown(reportKeyHtml(await courseOf(blocksCourse), 'scorm12', buildReportKey(await courseOf(blocksCourse)), { scorm12Letters: true }));
    expect(plain.find((s) => s.anchor === 'interaction-ack-policy')?.responses).toEqual([['true', 't', 'Acknowledged', '']]);

    const scored = interactionsShown(reportKeyHtml(await courseOf(decisionsCourse('anonymous-score')), 'scorm12', buildReportKey(await courseOf(decisionsCourse('anonymous-score'))), { scorm12Letters: true }));
    expect(scored.find((s) => s.anchor === 'interaction-break-room')).toMatchObject({
      question: 'The break-room comment: score (0–100)',
      details: expect.arrayContaining([['Block type', 'Scenario result (no decisions)'], ['Scored', 'yes']]),
      responses: [['0–100', '0–100', 'The points scored in the scenario; the choices made are not reported', '']],
    });
    const unscored = interactionsShown(reportKeyHtml(await courseOf(unscoredSummaryCourse()), 'scorm12', buildReportKey(await courseOf(unscoredSummaryCourse())), { scorm12Letters: true }));
    expect(unscored.find((s) => s.anchor === 'interaction-break-room')).toMatchObject({
      question: 'The break-room comment: outcome',
      responses: [['positive', 'a', 'Positive ending', ''], ['mixed', 'b', 'Mixed ending', ''], ['negative', 'c', 'Negative ending', '']],
    });
  });

  it('marks the correct and recommended responses so they stand out', async () => {
    const course = await courseOf(decisionsCourse('all'));
    const html = reportKeyHtml(course, 'scorm12', buildReportKey(course), { scorm12Letters: true });
    const rows = elementsOf(parseKeyHtml(html).document, 'tr').filter((tr) => elementsOf(tr, 'td').length > 0);
    const marked = rows.filter((tr) => attrOf(tr, 'class') === 'expected');
    expect(marked.length).toBeGreaterThan(0);
    for (const tr of rows) {
      const last = childElements(tr).at(-1) as KeyElement;
      expect(attrOf(tr, 'class') === 'expected', textOf(tr)).toBe(textOf(last) !== '');
      if (textOf(last) !== '') expect(elementsOf(last, 'strong').map(textOf)).toEqual([textOf(last)]);
    }
  });

  it('opens with a table of contents: each lesson in course order, its interactions under it, every link to an existing id', async () => {
    const course = await courseOf(decisionsCourse('all'));
    const rows = buildReportKey(course);
    const html = reportKeyHtml(course, 'scorm12', rows, { scorm12Letters: true });
    const { document } = parseKeyHtml(html);
    const [nav] = elementsOf(document, 'nav');
    if (!nav) throw new Error('no contents');
    expect(textOf(elementsOf(nav, 'h2')[0] ?? nav)).toBe('Contents');
    const ids = elementsOf(document).map((el) => attrOf(el, 'id')).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    const lessons = childElements(childElements(nav).find((el) => el.tagName === 'ol') as KeyElement);
    const contents = lessons.map((li) => {
      const [lessonLink, ...links] = elementsOf(li, 'a');
      return [textOf(lessonLink ?? li), links.map((a) => textOf(elementsOf(a, 'code')[0] ?? a))] as const;
    });
    const lessonTitles = [...new Set(rows.map((row) => row.lesson))];
    expect(contents).toEqual(lessonTitles.map((title) => [title, [...new Set(rows.filter((row) => row.lesson === title).map((row) => row.interactionId))]]));
    // Every link leads to a lesson heading or an interaction's heading on the page.
    const links = elementsOf(document, 'a').map((a) => attrOf(a, 'href') ?? '');
    expect(links.length).toBe(lessonTitles.length + new Set(rows.map((row) => row.interactionId)).size + lessonTitles.length);
    for (const href of links) {
      expect(href).toMatch(/^#/);
      const target = elementsOf(document).find((el) => attrOf(el, 'id') === decodeURIComponent(href.slice(1)));
      expect(target?.tagName, href).toMatch(/^h[23]$/);
    }
    const headings = elementsOf(document).filter((el) => /^h[1-6]$/.test(el.tagName));
    const lessonHeadings = headings.filter((h) => h.tagName === 'h2').map(textOf);
    expect(lessonHeadings).toEqual(['Contents', ...lessonTitles]);
  });

  it('derives link targets from interaction ids, escaped, unique and the same every time', () => {
    const row = (interactionId: string, lesson: string): ReportKeyRow => ({
      interactionId, lesson, lessonId: lesson, blockType: 'Check (one answer)', question: `What about ${interactionId}?`, responseCode: 'a', scorm12Code: 'a', responseText: 'A', expected: '', scored: false,
    });
    const course = { id: 'odd', title: 'Odd', version: '1', language: 'en', reporting: { decisions: 'all', reflections: 'private' } } as const;
    const rows = [row('q "one" <b>', 'L1'), row('q-two', 'L1'), row('q-two', 'L<2>'), row('été', 'L<2>')];
    const html = reportKeyHtml(course, 'scorm12', rows);
    expect(reportKeyHtml(course, 'scorm12', rows)).toBe(html);
    const { document, errors } = parseKeyHtml(html);
    expect(errors).toEqual([]);
    expect(html).not.toContain('<b>');
    const ids = elementsOf(document, 'h3').map((h) => attrOf(h, 'id') ?? '');
    expect(ids).toEqual(['interaction-q_20__22_one_22__20__3c_b_3e_', 'interaction-q-two', 'interaction-q-two-2', 'interaction-_e9_t_e9_']);
    expect(elementsOf(elementsOf(document, 'nav')[0] as KeyElement, 'a').map((a) => attrOf(a, 'href'))).toEqual([
      '#lesson-1', '#interaction-q_20__22_one_22__20__3c_b_3e_', '#interaction-q-two', '#lesson-2', '#interaction-q-two-2', '#interaction-_e9_t_e9_',
    ]);
  });

  it('gives two lessons in a row with the same title a section each', () => {
    const row = (interactionId: string, lessonId: string): ReportKeyRow => ({
      interactionId, lesson: 'Practice', lessonId, blockType: 'Check (one answer)', question: `What about ${interactionId}?`, responseCode: 'a', scorm12Code: 'a', responseText: 'A', expected: '', scored: false,
    });
    const course = { id: 'twice', title: 'Twice', version: '1', language: 'en', reporting: { decisions: 'all', reflections: 'private' } } as const;
    const { document } = parseKeyHtml(reportKeyHtml(course, 'scorm12', [row('q-one', 'practice-1'), row('q-two', 'practice-2')]));
    const sections = elementsOf(document, 'section').filter((section) => attrOf(section, 'class') === 'lesson');
    // Before: one "Practice" section holding both lessons' questions.
    expect(sections.map((section) => elementsOf(section, 'h3').map((h) => attrOf(h, 'id')))).toEqual([['interaction-q-one'], ['interaction-q-two']]);
  });

  it('is the same, byte for byte, when built twice from the same course', async () => {
    const html = async (): Promise<string> => {
      const course = await courseOf(decisionsCourse('all'));
      return reportKeyHtml(course, 'scorm2004', buildReportKey(course), { reportedId: (id) => activityId(course.iri, 'interaction', id) }, 'x.zip');
    };
    expect(await html()).toBe(await html());
  });

  it('is valid, accessible HTML: one h1, h2 per lesson, h3 per interaction, tables with captions and scoped header cells', async () => {
    const course = await courseOf(decisionsCourse('all'));
    const html = reportKeyHtml(course, 'scorm12', buildReportKey(course), { scorm12Letters: true });
    const { document, errors } = parseKeyHtml(html);
    expect(errors).toEqual([]);
    const levels = elementsOf(document).filter((el) => /^h[1-6]$/.test(el.tagName)).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    // No level is skipped on the way down.
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    const tables = elementsOf(document, 'table');
    expect(tables.length).toBe(new Set(buildReportKey(course).map((row) => row.interactionId)).size);
    for (const table of tables) {
      const caption = elementsOf(table, 'caption')[0];
      expect(caption !== undefined ? textOf(caption) : attrOf(table, 'aria-labelledby')).toBeTruthy();
      for (const th of elementsOf(table, 'th')) expect(attrOf(th, 'scope')).toMatch(/^(col|row)$/);
      for (const tr of elementsOf(elementsOf(table, 'tbody')[0] as KeyElement, 'tr')) expect(attrOf(childElements(tr)[0] as KeyElement, 'scope')).toBe('row');
    }
    // Each section is named by its heading.
    for (const section of elementsOf(document, 'section')) {
      const heading = elementsOf(section).find((el) => /^h[23]$/.test(el.tagName));
      expect(heading && attrOf(heading, 'id')).toBe(attrOf(section, 'aria-labelledby'));
    }
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import|https?:\/\/(?!learning\.example)/i);
  });

  it('prints each interaction\'s responses on one page where it can, without the navigation links', async () => {
    const course = await courseOf(blocksCourse);
    const html = reportKeyHtml(course, 'scorm12', buildReportKey(course), { scorm12Letters: true });
    const print = /@media print\{(.*)\}<\/style>/.exec(html)?.[1] ?? '';
    expect(print).toMatch(/\.interaction,table\{break-inside:avoid;page-break-inside:avoid\}/);
    expect(print).toMatch(/\.top\{display:none\}/);
  });
});
