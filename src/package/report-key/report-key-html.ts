import type { Course } from '../../model/course.js';
import type { ReportKeyRow } from './build-report-key.js';
import { reportKeyColumns } from './report-key-columns.js';
import { reportingSummary } from './reporting-summary.js';

/**
 * The report key as one self-contained, accessible HTML page: a table with a caption and header
 * cells scoped to their columns, in the course language, with no scripts or outside files, so it
 * opens from an email attachment or a shared drive and prints well.
 */
export function reportKeyHtml(course: Pick<Course, 'title' | 'version' | 'language' | 'reporting'>, target: string, rows: readonly ReportKeyRow[], options: Parameters<typeof reportKeyColumns>[0] = {}): string {
  const columns = reportKeyColumns(options);
  const title = `Report key: ${course.title} (version ${course.version}, ${target})`;
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column.heading)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((column, i) => (i === 0 ? `<th scope="row">${escapeHtml(column.value(row))}</th>` : `<td>${escapeHtml(column.value(row))}</td>`)).join('')}</tr>`)
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(course.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:14px/1.4 system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}caption{text-align:start;font-weight:bold;font-size:1.2em;margin-bottom:.5rem}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:start;vertical-align:top}thead th{background:#eee}tbody th{font-weight:normal;font-family:monospace}</style>',
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    '<ul class="reporting">',
    ...reportingSummary(course.reporting).map((line) => `<li>${escapeHtml(line)}</li>`),
    '</ul>',
    '<table>',
    `<caption>${escapeHtml(title)}</caption>`,
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
