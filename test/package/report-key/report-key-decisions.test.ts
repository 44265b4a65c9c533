import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compile.js';
import { buildReportKey } from '../../../src/package/report-key/build-report-key.js';
import { reportKeyHtml } from '../../../src/package/report-key/report-key-html.js';
import { decisionsCourse } from '../../runtime/blocks/fixtures/decisions-course.js';

async function keyOf(decisions: 'all' | 'anonymous-score' | 'none') {
  const { course, diagnostics } = await compileCourse({ files: decisionsCourse(decisions), validateOnly: true });
  expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  if (!course) throw new Error('no course');
  return { course, rows: buildReportKey(course) };
}

const idsOf = (rows: { interactionId: string }[]): string[] => [...new Set(rows.map((row) => row.interactionId))];

describe('the report key under reporting.decisions', () => {
  it('all (the default): every decision point and practice, as before', async () => {
    const { rows } = await keyOf('all');
    expect(idsOf(rows)).toEqual(['break-room.intro', 'break-room.after-laugh', 'q-signs', 'q-tf', 'p-ward', 'p-order', 'r-moment', 'ack-policy']);
  });

  it('anonymous-score: one score row per scored scenario, no decision and no practice', async () => {
    const { rows } = await keyOf('anonymous-score');
    expect(idsOf(rows)).toEqual(['break-room', 'q-signs', 'q-tf', 'r-moment', 'ack-policy']);
    expect(rows.filter((row) => row.interactionId === 'break-room')).toEqual([
      expect.objectContaining({ blockType: 'Scenario result (no decisions)', responseCode: '0–100', scorm12Code: '0–100', scored: true }),
    ]);
  });

  it('anonymous-score: an unscored scenario lists the outcomes its endings can have, with fixed letters', async () => {
    const files = decisionsCourse('anonymous-score');
    files['scenarios/break-room.yml'] = String(files['scenarios/break-room.yml']).replace(/\nscoring:\n[^\n]*\n?$/, '\n');
    const { course, diagnostics } = await compileCourse({ files, validateOnly: true });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!course) throw new Error('no course');
    const outcome = buildReportKey(course).filter((row) => row.interactionId === 'break-room');
    expect(outcome.map((row) => [row.responseCode, row.scorm12Code, row.responseText, row.scored])).toEqual([
      ['positive', 'a', 'Positive ending', false],
      ['mixed', 'b', 'Mixed ending', false],
      ['negative', 'c', 'Negative ending', false],
    ]);
  });

  it('none: no scenario or practice row at all; checks, reflections and acknowledgements stay', async () => {
    const { rows } = await keyOf('none');
    expect(idsOf(rows)).toEqual(['q-signs', 'q-tf', 'r-moment', 'ack-policy']);
  });

  it('says at its top which policy the course uses', async () => {
    for (const [decisions, sentence] of [
      ['all', 'each one is reported (reporting.decisions: all)'],
      ['anonymous-score', 'Each scenario sends one record, the first time the learner reaches an ending, with only its outcome or score (reporting.decisions: anonymous-score)'],
      ['none', 'never reported. Scenarios still count towards completion and the course score (reporting.decisions: none)'],
    ] as const) {
      const { course, rows } = await keyOf(decisions);
      const html = reportKeyHtml(course, 'scorm12', rows, { scorm12Letters: true });
      expect(html.indexOf(sentence), decisions).toBeGreaterThan(0);
      expect(html.indexOf(sentence)).toBeLessThan(html.indexOf('<table>'));
      expect(html).toContain('<li>Reflections: the text of reflections marked &quot;report&quot; is sent (reporting.reflections: report).</li>');
    }
  });

  it('lists an acknowledgement of a named policy with its title and version, as every standard sends it', async () => {
    const { rows } = await keyOf('all');
    expect(rows.filter((row) => row.interactionId === 'ack-policy')).toEqual([expect.objectContaining({
      blockType: 'Acknowledgement',
      question: 'I have read and understood the Respect at Work policy.',
      responseCode: 'Acknowledged: Dignity at Work Policy, version 2027.1',
      scorm12Code: 'Acknowledged: Dignity at Work Policy, version 2027.1',
    })]);
  });
});
