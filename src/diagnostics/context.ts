import type { SourceLocation } from '../model/position.js';
import type { Diagnostic } from './diagnostic.js';
import type { DiagnosticValues } from './code-info.js';
import { diagnosticCodes, type DiagnosticCode } from './codes.js';

export interface ReportDetails {
  at?: SourceLocation;
  values?: DiagnosticValues;
  related?: { at?: SourceLocation; message: string }[];
}

/**
 * Collects diagnostics; every stage receives one and keeps going after reporting. A report identical
 * to an earlier one (a scenario file used by two lessons, a file checked once per target) is dropped.
 */
export interface DiagnosticSink {
  report(code: DiagnosticCode, details?: ReportDetails): void;
  readonly diagnostics: readonly Diagnostic[];
  /** True when at least one error (not warning) was reported. */
  hasErrors(): boolean;
}

export function createDiagnosticSink(): DiagnosticSink {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  return {
    diagnostics,
    report(code, details = {}) {
      const diagnostic = makeDiagnostic(code, details);
      const key = JSON.stringify(diagnostic);
      if (seen.has(key)) return;
      seen.add(key);
      diagnostics.push(diagnostic);
    },
    hasErrors() {
      return diagnostics.some((d) => d.severity === 'error');
    },
  };
}

export function makeDiagnostic(code: DiagnosticCode, details: ReportDetails = {}): Diagnostic {
  const info = diagnosticCodes[code];
  const values = details.values ?? {};
  const diagnostic: Diagnostic = { code, severity: info.severity, message: info.message(values) };
  const hint = info.hint?.(values);
  if (hint) diagnostic.hint = hint;
  if (details.at?.file) diagnostic.file = details.at.file;
  if (details.at?.range) diagnostic.range = details.at.range;
  if (details.related?.length) {
    diagnostic.related = details.related.map((r) => ({
      ...(r.at?.file ? { file: r.at.file } : {}),
      ...(r.at?.range ? { range: r.at.range } : {}),
      message: r.message,
    }));
  }
  return diagnostic;
}

/** Sort by file, line, column, code so output is stable whatever order rules ran in, on any machine. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') ||
      (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) ||
      (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0) ||
      compareText(a.code, b.code),
  );
}

// Code-unit order, not localeCompare: the order must not depend on the machine's locale (LANG=da_DK
// sorts "aa" after "z").
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
