import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../src/diagnostics/context.js';

/**
 * Diagnostics as the plain lines a user sees, sorted: `file:line:col severity message  code`.
 * A stand-in for the CLI formatter so fixture goldens stay readable.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const start = d.range?.start;
      const where = `${d.file ?? '-'}${start ? `:${start.line}:${start.column}` : ''}`;
      return `${where} ${d.severity} ${d.message}  ${d.code}\n`;
    })
    .join('');
}
