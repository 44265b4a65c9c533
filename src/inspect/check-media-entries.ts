import { posix } from 'node:path';
import type { DiagnosticSink } from '../diagnostics/context.js';
import { checkMedia, checksExtension } from '../parse/assets/check-media.js';
import { reportMediaFinding } from '../parse/assets/report-media.js';
import type { OpenZip } from './open-zip.js';

/**
 * Every picture, recording, video and PDF in the zip, checked as the build checks a course's
 * (check-media.ts), each finding at its entry: a package from another tool with an iPhone's HEVC
 * interview, or a web page saved in place of its video, imports into an LMS without a word.
 */
export async function checkMediaEntries(zip: OpenZip, sink: DiagnosticSink): Promise<void> {
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/')) continue;
    const ext = posix.extname(entry.name).slice(1).toLowerCase();
    if (!checksExtension(ext)) continue;
    const bytes = await zip.openBytes(entry.name);
    if (!bytes) continue;
    let findings;
    try {
      findings = checkMedia(ext, bytes);
    } catch {
      continue; // the zip cannot be read there: nothing to say of the entry's format
    }
    for (const finding of findings) reportMediaFinding(finding, entry.name, ext, { file: entry.name }, sink);
  }
}
