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

/** A leading =, +, - or @ would run as a formula in a spreadsheet: such a field is written after a `'`, so text from authors stays text. */
const formulaStart = /^[=+\-@\t\r]/;

function csvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A field of the key as it was before `csvField` guarded it against running as a formula. */
export function unguardedField(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}
