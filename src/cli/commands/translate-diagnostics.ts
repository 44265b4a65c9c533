import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sourceFileCodes } from '../../load/read-source-text.js';

/** The diagnostics that say a course file was not read at all (`file-too-large`, `file-unreadable`, `file-hard-linked`). */
export function unreadFileDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => sourceFileCodes.has(d.code));
}
