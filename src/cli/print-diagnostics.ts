import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { escapeControls, formatDiagnostic } from '../diagnostics/format-diagnostics.js';
import { createDiskSource, type CourseSource } from '../load/course-source.js';

/**
 * Diagnostics printed per file before the rest are only counted: a generated lesson with thousands
 * of warnings would otherwise bury every other file's problems. `--format json` keeps them all.
 */
export const maxDiagnosticsPerFile = 50;

/**
 * Human-readable diagnostics for one course (files named from `dir`), with code frames; after
 * `maxDiagnosticsPerFile` for one file, a single "… and N more in <file>" line stands for the rest.
 * Frames are read through the course's source (`source`, or the folder `dir`), as the build reads:
 * size limits and no-follow opens, so a file too large, unreadable or swapped for a link gets no frame.
 */
export function renderDiagnostics(dir: string, diagnostics: readonly Diagnostic[], color: boolean, given?: CourseSource): string {
  // Each file is read once however many problems it has; the folder is listed only when a problem names a file.
  let source = given;
  const texts = new Map<string, string | undefined>();
  const readSource = (file: string): string | undefined => {
    if (!texts.has(file)) {
      source ??= createDiskSource(dir);
      try {
        texts.set(file, source.has(file) ? source.readText(file) : undefined);
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  const blocks: string[] = [];
  const printed = new Map<string, number>();
  const hidden = new Map<string, { count: number; block: number }>();
  for (const d of diagnostics) {
    const file = d.file ?? '';
    const count = printed.get(file) ?? 0;
    if (count < maxDiagnosticsPerFile) {
      printed.set(file, count + 1);
      blocks.push(formatDiagnostic(d, { base: dir, readSource, color }));
      continue;
    }
    // The count line takes the place of the first hidden diagnostic, so it sits with its file.
    const rest = hidden.get(file) ?? { count: 0, block: blocks.push('') - 1 };
    rest.count += 1;
    hidden.set(file, rest);
  }
  for (const [file, rest] of hidden) blocks[rest.block] = `… and ${rest.count} more in ${escapeControls(file ? joinBase(dir, file) : dir)}`;
  return blocks.join('\n\n');
}

function joinBase(dir: string, file: string): string {
  return !dir || dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}
