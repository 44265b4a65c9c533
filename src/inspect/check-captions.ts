import type { DiagnosticSink } from '../diagnostics/context.js';
import { formatBytes, formatSizeOver, maxVttBytes } from '../load/text-file-limits.js';
import { checkVtt } from '../parse/assets/check-vtt.js';
import type { OpenZip } from './open-zip.js';

/**
 * Every WebVTT file in the zip (captions, subtitles, chapters: a package does not say which), read
 * as players read it (`checkVtt`), each problem at its entry, line and column: a package from
 * another tool whose captions were converted from .srt and kept their commas plays its videos
 * without captions, and an LMS import does not say so. A file over the size the build reads is
 * left unread, and reported so.
 */
export async function checkCaptions(zip: OpenZip, sink: DiagnosticSink): Promise<void> {
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/') || !entry.name.toLowerCase().endsWith('.vtt')) continue;
    if (entry.size > maxVttBytes) {
      sink.report('inspect-vtt-not-read', { at: { file: entry.name }, values: { path: entry.name, size: formatSizeOver(entry.size, maxVttBytes), limit: formatBytes(maxVttBytes) } });
      continue;
    }
    const text = await zip.readText(entry.name, maxVttBytes);
    if (text !== undefined) checkVtt(text, entry.name, 'WebVTT file', sink);
  }
}
