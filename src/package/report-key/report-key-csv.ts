import type { ReportKeyRow } from './build-report-key.js';
import { reportKeyColumns } from './report-key-columns.js';

/**
 * The report key as CSV (RFC 4180: CRLF line ends, every field quoted when it holds a quote, comma
 * or line break), UTF-8 with a byte order mark so Excel opens accents and dashes correctly.
 */
export function reportKeyCsv(rows: readonly ReportKeyRow[], options: Parameters<typeof reportKeyColumns>[0] = {}): string {
  const columns = reportKeyColumns(options);
  const lines = [columns.map((column) => column.heading), ...rows.map((row) => columns.map((column) => column.value(row)))];
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: text from authors stays text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
