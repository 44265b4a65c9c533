import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { buildReportKey } from '../../../src/package/report-key/build-report-key.js';
import { reportKeyCsv } from '../../../src/package/report-key/report-key-csv.js';
import { reportKeyHtml } from '../../../src/package/report-key/report-key-html.js';
import { blocksCourse } from '../../runtime/blocks/fixtures/blocks-course.js';

const smallCourse: Record<string, string> = {
  'course.yml': 'id: small\ntitle: Small, "quoted" course\nversion: "1"\nlessons: [lessons/one.md]\ntargets: [scorm12, xapi]\n',
  'lessons/one.md': [
    '---',
    'title: One',
    '---',
    ':::check{#q-help graded}',
    'Who can you ask, "first"?',
    '',
    '- [x] Your manager, or HR {#manager}',
    '- [ ] =Nobody {#nobody}',
    ':::',
    '',
  ].join('\n'),
};

async function compileSmall() {
  const result = await compileCourse({ files: smallCourse });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result;
}

describe('the report key', () => {
  it('is written beside every package, in memory too: CSV and HTML', async () => {
    const { artifacts } = await compileSmall();
    expect(artifacts.map((a) => a.keyFiles?.map((k) => k.fileName))).toEqual([
      ['small-scorm12-1.key.csv', 'small-scorm12-1.key.html'],
      ['small-xapi-1.key.csv', 'small-xapi-1.key.html'],
    ]);
  });

  it('lists each response of each interaction, as CSV with a BOM, CRLF and RFC 4180 quoting (SCORM 1.2 letters only in the SCORM 1.2 key)', async () => {
    const { artifacts } = await compileSmall();
    const csv = (index: number): string => Buffer.from(artifacts[index]?.keyFiles?.[0]?.bytes ?? new Uint8Array()).toString('utf8');
    expect(csv(0)).toBe([
      '\uFEFFInteraction id,Lesson,Block type,Question or decision,Response code,SCORM 1.2 response,Response text,Correct or recommended,Scored',
      'q-help,One,Check (one answer),"Who can you ask, ""first""?",manager,a,"Your manager, or HR",correct,yes',
      // A text that a spreadsheet would run as a formula stays text.
      'q-help,One,Check (one answer),"Who can you ask, ""first""?",nobody,b,"\'=Nobody",,yes',
      '',
    ].join('\r\n'));
    expect(csv(1).split('\r\n')[0]).toBe('\uFEFFInteraction id,Lesson,Block type,Question or decision,Response code,Response text,Correct or recommended,Scored');
  });

  it('words questions and answers as learners read them: "10:30" and "HR:urgent" whole, inline HTML left out as on the page', async () => {
    const files = {
      ...smallCourse,
      'lessons/one.md': ['---', 'title: One', '---', ':::check{#q-when}', 'The shift ends at 10:30. Note:see HR:Conduct policy.', '', '- [x] Email HR:urgent now', '- [ ] A & B <b>bold</b> [link](https://example.org)', ':::', ''].join('\n'),
    };
    const { course } = await compileCourse({ files, validateOnly: true });
    if (!course) throw new Error('no course');
    const rows = buildReportKey(course);
    expect(rows.map((row) => [row.question, row.responseCode, row.responseText])).toEqual([
      ['The shift ends at 10:30. Note:see HR:Conduct policy.', 'email-hr-urgent-now', 'Email HR:urgent now'],
      ['The shift ends at 10:30. Note:see HR:Conduct policy.', 'a-b-bold-link', 'A & B bold link'],
    ]);
  });

  it('names interactions as each package reports them (SCORM 2004, xAPI and cmi5 by IRI) and holds the whole question', async () => {
    const situation = `${'Visiting hour on a busy ward: a visitor keeps commenting on a nurse and follows her to the door of the bay. '.repeat(3)}Which of these would be a good fit here? Choose all that fit.`;
    const files = {
      ...smallCourse,
      'course.yml': smallCourse['course.yml']!.replace('targets: [scorm12, xapi]', 'targets: [scorm12, scorm2004, xapi, cmi5]'),
      'lessons/one.md': `${smallCourse['lessons/one.md']}\n:::practice{#p-visitor mode=choose}\n${situation}\n\n- [x] **Direct:** Speak to the visitor. {#direct}\n- [ ] **Delay:** Check in later. {#delay}\n:::\n`,
    };
    const { artifacts, diagnostics } = await compileCourse({ files });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const csv = (target: string): string[] => Buffer.from(artifacts.find((a) => a.target === target)?.keyFiles?.[0]?.bytes ?? new Uint8Array()).toString('utf8').split('\r\n').slice(1, -1);
    expect(csv('scorm12').map((line) => line.split(',')[0])).toEqual(['q-help', 'q-help', 'p-visitor', 'p-visitor']);
    for (const target of ['scorm2004', 'xapi', 'cmi5']) {
      expect(csv(target).map((line) => line.split(',')[0]), target).toEqual(['urn:coursewright:small/interactions/q-help', 'urn:coursewright:small/interactions/q-help', 'urn:coursewright:small/interactions/p-visitor', 'urn:coursewright:small/interactions/p-visitor']);
    }
    // The situation and its question whole: HR reads what was asked (it was cut at 250 characters).
    expect(csv('scorm2004')[2]).toContain(`,${situation},`);
  });

  it('is an accessible HTML page: the question as a heading, its details once, a captioned table of responses with column and row headers, no script', async () => {
    const { course } = await compileSmall();
    if (!course) throw new Error('no course');
    const html = reportKeyHtml(course, 'scorm12', buildReportKey(course), { scorm12Letters: true });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<h1>Report key: <span>Small, &quot;quoted&quot; course</span> (version 1, scorm12)</h1>');
    expect(html).toContain([
      '<section class="interaction" aria-labelledby="interaction-q-help">',
      '<h3 id="interaction-q-help">Who can you ask, &quot;first&quot;?</h3>',
      '<dl><dt>Interaction id</dt><dd><code>q-help</code></dd><dt>Lesson</dt><dd>One</dd><dt>Block type</dt><dd>Check (one answer)</dd><dt>Scored</dt><dd>yes</dd></dl>',
      '<table>',
      '<caption>Responses to <code>q-help</code></caption>',
      '<thead><tr><th scope="col">Response code</th><th scope="col">SCORM 1.2 response</th><th scope="col">Response text</th><th scope="col">Correct or recommended</th></tr></thead>',
      '<tbody>',
      '<tr class="expected"><th scope="row"><code>manager</code></th><td><code>a</code></td><td>Your manager, or HR</td><td><strong>correct</strong></td></tr>',
      '<tr><th scope="row"><code>nobody</code></th><td><code>b</code></td><td>=Nobody</td><td></td></tr>',
      '</tbody>',
      '</table>',
      '</section>',
    ].join('\n'));
    expect(html).toContain('<li><a href="#interaction-q-help"><code>q-help</code>: Who can you ask, &quot;first&quot;?</a></li>');
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it('says which package it is for, and marks the course\'s own words with its language where the key\'s are English', async () => {
    const { course } = await compileSmall();
    if (!course) throw new Error('no course');
    const spanish = { ...course, language: 'es', variant: { edition: 'manager', language: 'es' } };
    const html = reportKeyHtml(spanish, 'scorm12', buildReportKey(spanish), { scorm12Letters: true }, 'small-manager-es-scorm12-1.zip');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain(`<p class="package">For the package <code>small-manager-es-scorm12-1.zip</code>: course id <code>${course.id}</code>, edition <code>manager</code>, language <code>es</code>.</p>`);
    expect(html).toContain('<h1>Report key: <span lang="es">Small, &quot;quoted&quot; course</span> (version 1, scorm12)</h1>');
    // Lesson, question and answer text in Spanish; the id, block type and codes are not words of a language.
    expect(html).toContain('<h2 id="lesson-1" lang="es">One</h2>');
    expect(html).toContain('<h3 id="interaction-q-help" lang="es">Who can you ask, &quot;first&quot;?</h3>');
    expect(html).toContain('<dl><dt>Interaction id</dt><dd><code>q-help</code></dd><dt>Lesson</dt><dd lang="es">One</dd><dt>Block type</dt><dd>Check (one answer)</dd>');
    expect(html).toContain('<tr class="expected"><th scope="row"><code>manager</code></th><td><code>a</code></td><td lang="es">Your manager, or HR</td><td><strong>correct</strong></td></tr>');
    expect(html).toContain('<li><a href="#lesson-1"><span lang="es">One</span></a>');
    expect(html).toContain('<li><a href="#interaction-q-help"><code>q-help</code>: <span lang="es">Who can you ask, &quot;first&quot;?</span></a></li>');
  });

  it('names every kind of reported block, in course order, and leaves out what is never reported', async () => {
    const { course } = await compileCourse({ files: blocksCourse });
    if (!course) throw new Error('no course');
    const rows = buildReportKey(course);
    const kinds = [...new Set(rows.map((row) => `${row.interactionId.split('.')[0]} ${row.blockType}`))];
    expect(kinds).toEqual([
      'break-room Scenario decision',
      'q-signs Check (one answer)',
      'q-tf Check (true or false)',
      'p-ward Practice (choose)',
      'p-order Practice (put in order)',
      'r-moment Reflection',
      'ack-policy Acknowledgement',
    ]);
    expect(rows.filter((row) => row.interactionId === 'q-tf').map((row) => [row.responseCode, row.scorm12Code, row.expected])).toEqual([['true', 't', ''], ['false', 'f', 'correct']]);
    // A decision's id names the decision point, each choice of the step is one of its responses.
    expect(rows.filter((row) => row.interactionId === 'break-room.intro').map((row) => [row.responseCode, row.scorm12Code, row.expected, row.scored])).toEqual([
      ['laugh', 'a', '', true],
      ['name-it', 'b', 'recommended', true],
    ]);
    expect(rows.filter((row) => row.interactionId.startsWith('break-room.intro.'))).toEqual([]);
    expect(rows.filter((row) => row.interactionId === 'p-order').map((row) => row.expected)).toEqual(['recommended, step 1', 'recommended, step 2', 'recommended, step 3']);
    expect(reportKeyCsv([])).toBe('\uFEFFInteraction id,Lesson,Block type,Question or decision,Response code,Response text,Correct or recommended,Scored\r\n');
  });
});
