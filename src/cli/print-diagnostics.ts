import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostics.js';

/** Human-readable diagnostics for one course, with code frames read from the course folder. */
export function renderDiagnostics(dir: string, diagnostics: readonly Diagnostic[], color: boolean): string {
  const readSource = (file: string): string | undefined => {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  return diagnostics.map((d) => formatDiagnostic(d, { base: dir, readSource, color })).join('\n\n');
}
