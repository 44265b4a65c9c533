import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { EmbeddedCue } from '../../model/embedded-captions.js';
import type { SourceLocation } from '../../model/position.js';
import { readVtt } from './read-vtt.js';

/** Where the file is named (an interview's attribute), and by what id; without them, its first line. */
export interface VttNamedAt {
  at?: SourceLocation;
  id?: string;
}

/**
 * The cues of the WebVTT file `file` as players read them (`readVtt`), each problem reported at its
 * line in the file: a cue players skip or never show is an error (learners lose its words), another
 * mistake a warning. A file without the WEBVTT line, which players refuse whole, is reported once,
 * where it is named (`named.at`); so is a file with no cue to show. `what` names the file in the
 * messages ("captions file", "chapters file"). Used by the build and by `inspect`.
 */
export function checkVtt(text: string, file: string, what: string, sink: DiagnosticSink, named: VttNamedAt = {}): EmbeddedCue[] {
  const at = named.at ?? { file, range: { start: { line: 1, column: 1 } } };
  if (!text.replace(/^\uFEFF/, '').startsWith('WEBVTT')) {
    sink.report('captions-invalid', { at, values: { what, path: file } });
    return [];
  }
  const { cues, problems } = readVtt(text);
  for (const { line, column, message, lost } of problems) {
    sink.report(lost ? 'vtt-cue-lost' : 'vtt-not-valid', { at: { file, range: { start: { line, column } } }, values: { what, path: file, problem: message } });
  }
  if (!cues.length && !problems.some((problem) => problem.lost)) sink.report('vtt-no-cues', { at, values: { what, path: file, ...(named.id !== undefined ? { id: named.id } : {}) } });
  return cues;
}
