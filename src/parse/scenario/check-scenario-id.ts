import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

const ID = /^[a-z][a-z0-9-]*$/;

/** Report an id that LMS interaction ids cannot carry, with a corrected suggestion. */
export function checkScenarioId(id: string, at: SourceLocation, sink: DiagnosticSink): void {
  if (ID.test(id)) return;
  sink.report('invalid-id', { at, values: { id, suggestion: suggestId(id) } });
}

/** Turn any text into a valid id: lower-case ASCII, hyphens between words, starting with a letter. */
export function suggestId(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!plain) return 'item';
  return /^[a-z]/.test(plain) ? plain : `n-${plain}`;
}
