import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostics.js';
import { maxTextFileBytes } from '../load/text-file-limits.js';

/** Human-readable diagnostics for one course, with code frames read from the course folder. */
export function renderDiagnostics(dir: string, diagnostics: readonly Diagnostic[], color: boolean): string {
  // Each file is read once however many problems it has, and never when it is over the limit
  // the build reads (a file-too-large diagnostic must not load the huge file for its frame).
  const texts = new Map<string, string | undefined>();
  const readSource = (file: string): string | undefined => {
    if (!texts.has(file)) {
      try {
        const path = join(dir, file);
        texts.set(file, statSync(path).size > maxTextFileBytes(file) ? undefined : readFileSync(path, 'utf8'));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  return diagnostics.map((d) => formatDiagnostic(d, { base: dir, readSource, color })).join('\n\n');
}
