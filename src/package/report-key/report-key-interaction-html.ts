import type { ReportKeyRow } from './build-report-key.js';
import { escapeHtml } from '../../model/escape-html.js';
import type { ReportKeyInteraction } from './group-report-key.js';
import { reportKeyHeadings, type ReportKeyColumn } from './report-key-columns.js';

/**
 * One interaction of the HTML key, as a section: its question (or decision, or statement) as the
 * heading, what all its responses share said once (id, lesson, block type, scored), then a table
 * of its responses. `anchor` is the heading's id, the target of the contents' link; `own` the
 * `lang` attribute of the course's words (empty when the course is in English, as the key is).
 */
export function reportKeyInteractionHtml(interaction: ReportKeyInteraction, anchor: string, columns: readonly ReportKeyColumn[], own: string): string {
  const row = interaction.first;
  const shared = columns.filter((column) => column.of === 'interaction' && column.heading !== reportKeyHeadings.question);
  const langOf = (column: ReportKeyColumn): string => (column.courseText ? own : '');
  const question = columns.find((column) => column.heading === reportKeyHeadings.question)?.value(row) ?? '';
  // A question left empty by its author still needs a heading to link to: its id.
  const heading = question !== '' ? `<h3 id="${anchor}"${own}>${escapeHtml(question)}</h3>` : `<h3 id="${anchor}"><code>${escapeHtml(row.interactionId)}</code></h3>`;
  const details = shared.map((column) => `<dt>${escapeHtml(column.heading)}</dt><dd${langOf(column)}>${shown(column, row)}</dd>`).join('');
  // The response code heads its row; a response with no code (a reflection's own words) says so.
  const responseColumns = columns.filter((column) => column.of === 'response');
  const head = responseColumns.map((column) => `<th scope="col">${escapeHtml(column.heading)}</th>`).join('');
  const body = interaction.responses.map((response) => {
    const cells = responseColumns.map((column, i) => (i === 0
      ? `<th scope="row"${langOf(column)}>${shown(column, response) || '(none)'}</th>`
      : `<td${langOf(column)}>${shown(column, response)}</td>`));
    return `<tr${response.expected !== '' ? ' class="expected"' : ''}>${cells.join('')}</tr>`;
  });
  return [
    `<section class="interaction" aria-labelledby="${anchor}">`,
    heading,
    `<dl>${details}</dl>`,
    '<table>',
    `<caption>Responses to <code>${escapeHtml(row.interactionId)}</code></caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

/** A value as HTML: a code in `<code>`, a correct or recommended mark in `<strong>`, an empty value empty. */
function shown(column: ReportKeyColumn, row: ReportKeyRow): string {
  const value = column.value(row);
  if (value === '') return '';
  if (column.code) return `<code>${escapeHtml(value)}</code>`;
  return column.heading === reportKeyHeadings.expected ? `<strong>${escapeHtml(value)}</strong>` : escapeHtml(value);
}
