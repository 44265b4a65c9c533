import type { SourceLocation } from '../../model/position.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { idPattern, suggestId } from '../author-id.js';


/** Report an id that LMS interaction ids cannot carry, with a corrected suggestion. */
export function checkScenarioId(id: string, at: SourceLocation, sink: DiagnosticSink): void {
  if (idPattern.test(id)) return;
  sink.report('invalid-id', { at, values: { id, suggestion: suggestId(id) } });
}
