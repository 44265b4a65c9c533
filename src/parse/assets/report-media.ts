import type { DiagnosticSink } from '../../diagnostics/context.js';
import type { SourceLocation } from '../../model/position.js';
import { adviceFor, formatLabels, limitedCodecs, type MediaFinding } from './check-media.js';

/** Says what is wrong with a media file's bytes (see check-media.ts) at `at`: its first use in a course, or its entry in a package. */
export function reportMediaFinding(finding: MediaFinding, path: string, ext: string, at: SourceLocation, sink: DiagnosticSink): void {
  if (finding.kind === 'not-its-type') {
    const found: Record<string, string> = finding.found ? { found: formatLabels[finding.found] } : {};
    sink.report('asset-not-its-type', { at, values: { path, expected: formatLabels[finding.expected], ...found, advice: adviceFor(ext, finding.found) } });
  } else if (finding.kind === 'misnamed') {
    sink.report('asset-misnamed', { at, values: { path, found: formatLabels[finding.found], ext, suggestion: `${path.slice(0, path.length - ext.length)}${finding.extension}` } });
  } else if (finding.kind === 'codec') {
    const codec = limitedCodecs[finding.codec]!;
    sink.report('asset-codec-limited', { at, values: { path, codec, audio: codec.endsWith('audio') ? 'yes' : 'no' } });
  } else if (finding.kind === 'heavy-image') {
    const pixels: Record<string, string> = finding.width !== undefined && finding.height !== undefined ? { pixels: `${finding.width.toLocaleString('en')} × ${finding.height.toLocaleString('en')}` } : {};
    sink.report('asset-image-heavy', { at, values: { path, megabytes: (finding.bytes / 1024 / 1024).toFixed(1), ...pixels } });
  } else if (finding.kind === 'index-at-end') {
    sink.report('asset-video-index-at-end', { at, values: { path } });
  } else {
    const megabits = finding.bitsPerSecond / 1e6;
    const megabitsPerSecond = megabits.toFixed(megabits < 10 ? 1 : 0);
    const megabytesPerMinute = ((finding.bitsPerSecond * 60) / 8 / 1e6).toFixed(0);
    sink.report('asset-video-heavy', { at, values: { path, megabitsPerSecond, megabytesPerMinute } });
  }
}
