import type { Course } from '../../model/course.js';
import type { ReportKeyRow } from './build-report-key.js';
import { reportKeyColumns, type ReportKeyColumn } from './report-key-columns.js';
import { reportingSummary } from './reporting-summary.js';
import { primaryLanguage } from '../../model/language-tag.js';

/**
 * The report key as one self-contained, accessible HTML page: a table with a caption and header
 * cells scoped to their columns, with no scripts or outside files, so it opens from an email
 * attachment or a shared drive and prints well. It says which package it is for (the zip, course
 * id, edition and language), so a printed or renamed copy is still told apart. The key's own words
 * are English; the course's words in it are marked with the course language.
 */
export function reportKeyHtml(
  course: Pick<Course, 'id' | 'title' | 'version' | 'language' | 'reporting' | 'variant'>,
  target: string,
  rows: readonly ReportKeyRow[],
  options: Parameters<typeof reportKeyColumns>[0] = {},
  packageFileName?: string,
): string {
  const columns = reportKeyColumns(options);
  const title = `Report key: ${course.title} (version ${course.version}, ${target})`;
  // The key's words are English; the course's own (its title, lessons, questions, answers) are marked with its language.
  const own = primaryLanguage(course.language) === 'en' ? '' : ` lang="${escapeHtml(course.language)}"`;
  const shownTitle = `Report key: <span${own}>${escapeHtml(course.title)}</span> (version ${escapeHtml(course.version)}, ${escapeHtml(target)})`;
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column.heading)}</th>`).join('');
  const cell = (column: ReportKeyColumn, row: ReportKeyRow): string => `<td${column.courseText ? own : ''}>${escapeHtml(column.value(row))}</td>`;
  const body = rows
    .map((row) => `<tr>${columns.map((column, i) => (i === 0 ? `<th scope="row">${escapeHtml(column.value(row))}</th>` : cell(column, row))).join('')}</tr>`)
    .join('\n');
  const edition = course.variant?.edition !== undefined ? `, edition <code>${escapeHtml(course.variant.edition)}</code>` : '';
  const which = `<p class="package">${packageFileName !== undefined ? `For the package <code>${escapeHtml(packageFileName)}</code>: course` : 'Course'} id <code>${escapeHtml(course.id)}</code>${edition}, language <code>${escapeHtml(course.language)}</code>.</p>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:14px/1.4 system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}caption{text-align:start;font-weight:bold;font-size:1.2em;margin-bottom:.5rem}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:start;vertical-align:top}thead th{background:#eee}tbody th{font-weight:normal;font-family:monospace}</style>',
    '</head>',
    '<body>',
    '<main>',
    `<h1>${shownTitle}</h1>`,
    which,
    '<ul class="reporting">',
    ...reportingSummary(course.reporting).map((line) => `<li>${escapeHtml(line)}</li>`),
    '</ul>',
    '<table>',
    `<caption>${shownTitle}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
    rows.length === 0 ? '<p>This course has no questions, decisions or acknowledgements, so its reports hold no interactions.</p>' : '',
    '</main>',
    '</body>',
    '</html>',
  ].filter((line) => line !== '').join('\n') + '\n';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
