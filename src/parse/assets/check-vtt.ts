import type { DiagnosticValues } from '../../diagnostics/code-info.js';
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
 * Problems of each kind (cues players skip; other mistakes) reported for one WebVTT file. A file
 * converted from .srt has the same mistake in every cue, and a generated one can have hundreds of
 * thousands (an 8 MB file made the build hold 250,000 reports in about 1 GB of memory); the last
 * one reported says how many more of its kind there are, and where the last of them is.
 */
export const maxVttReports = 200;

/**
 * The cues of the WebVTT file `file` as players read them (`readVtt`), each problem reported at its
 * line in the file (up to `maxVttReports` of each kind): a cue players skip or never show is an
 * error (learners lose its words), another mistake a warning. A file without the WEBVTT line, which
 * players refuse whole, is reported once, where it is named (`named.at`); so is a file with no cue
 * to show. `what` names the file in the messages ("captions file", "chapters file"). Used by the
 * build and by `inspect`.
 */
export function checkVtt(text: string, file: string, what: string, sink: DiagnosticSink, named: VttNamedAt = {}): EmbeddedCue[] {
  const at = named.at ?? { file, range: { start: { line: 1, column: 1 } } };
  if (!text.replace(/^\uFEFF/, '').startsWith('WEBVTT')) {
    sink.report('captions-invalid', { at, values: { what, path: file } });
    return [];
  }
  const { cues, problems } = readVtt(text);
  for (const kind of [problems.filter((problem) => problem.lost), problems.filter((problem) => !problem.lost)]) {
    const last = kind.at(-1);
    kind.slice(0, maxVttReports).forEach(({ line, column, message, lost }, index) => {
      const more: DiagnosticValues = index === maxVttReports - 1 && last ? { more: kind.length - maxVttReports, last: last.line } : {};
      sink.report(lost ? 'vtt-cue-lost' : 'vtt-not-valid', { at: { file, range: { start: { line, column } } }, values: { what, path: file, problem: message, ...more } });
    });
  }
  if (!cues.length && !problems.some((problem) => problem.lost)) sink.report('vtt-no-cues', { at, values: { what, path: file, ...(named.id !== undefined ? { id: named.id } : {}) } });
  return cues;
}
