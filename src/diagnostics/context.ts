import type { SourceLocation } from '../model/position.js';
import type { Diagnostic } from './diagnostic.js';
import type { DiagnosticValues } from './code-info.js';
import { diagnosticCodes, type DiagnosticCode } from './codes.js';

export interface ReportDetails {
  at?: SourceLocation;
  values?: DiagnosticValues;
  related?: { at?: SourceLocation; message: string }[];
  /**
   * The problem this one follows from, when it is still true but would not be there without it
   * (a node nobody reaches because a choice leads to a misspelt id). It is listed after its cause,
   * with a related note "Because of <message>" pointing at the cause.
   */
  cause?: { code: DiagnosticCode; at?: SourceLocation; message: string };
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
  const related = [...(details.related ?? []), ...(details.cause ? [{ at: details.cause.at, message: `Because of ${details.cause.message}` }] : [])];
  if (related.length) {
    diagnostic.related = related.map((r) => ({
      ...(r.at?.file ? { file: r.at.file } : {}),
      ...(r.at?.range ? { range: r.at.range } : {}),
      message: r.message,
    }));
  }
  if (details.cause) {
    const { code: causeCode, at } = details.cause;
    diagnostic.cause = { code: causeCode, ...(at?.file ? { file: at.file } : {}), ...(at?.range ? { range: at.range } : {}) };
  }
  return diagnostic;
}

/**
 * Sort by file, line, column, code so output is stable whatever order rules ran in, on any machine.
 * A problem whose `cause` is in the list comes after the cause and every other problem of the
 * cause's file, so an author reads what to fix before what follows from it.
 */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...list].sort(
    (a, b) =>
      compareText(a.file ?? '', b.file ?? '') ||
      (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) ||
      (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0) ||
      compareText(a.code, b.code),
  );
  const present = new Set(sorted.map(placeKey));
  const placedKeys = new Set<string>();
  const waiting = new Map<string, Diagnostic[]>(); // by cause, until the cause is placed
  const due: Diagnostic[] = []; // cause placed: out at the end of the cause's file
  const out: Diagnostic[] = [];
  const placed = new Set<Diagnostic>();
  const place = (d: Diagnostic): void => {
    out.push(d);
    placed.add(d);
    const key = placeKey(d);
    placedKeys.add(key);
    due.push(...(waiting.get(key) ?? []));
    waiting.delete(key);
  };
  const flush = (): void => {
    for (let next = due.shift(); next; next = due.shift()) place(next);
  };
  sorted.forEach((d, index) => {
    if (index > 0 && d.file !== sorted[index - 1]!.file) flush();
    const cause = d.cause ? placeKey(d.cause) : undefined;
    if (cause === undefined || cause === placeKey(d) || !present.has(cause)) place(d);
    else if (placedKeys.has(cause)) due.push(d);
    else waiting.set(cause, [...(waiting.get(cause) ?? []), d]);
  });
  flush();
  // Causes that wait on each other in a loop: keep the plain order for those.
  for (const d of sorted) if (!placed.has(d)) out.push(d);
  return out;
}

/** A problem's identity for `cause`: its code and where it starts. */
function placeKey(d: { code: string; file?: string; range?: Diagnostic['range'] }): string {
  return `${d.code} ${d.file ?? ''} ${d.range?.start.line ?? 0}:${d.range?.start.column ?? 0}`;
}

// Code-unit order, not localeCompare: the order must not depend on the machine's locale (LANG=da_DK
// sorts "aa" after "z").
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
