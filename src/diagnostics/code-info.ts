import type { Severity } from './diagnostic.js';

/** Values a message or hint builder may use. */
export type DiagnosticValues = Record<string, string | number>;

/** One entry of the diagnostics registry. */
export interface CodeInfo {
  severity: Severity;
  /** Short title for the generated reference page. */
  title: string;
  message: (values: DiagnosticValues) => string;
  hint?: (values: DiagnosticValues) => string;
}

/** Helper that keeps registry entries short and typed. */
export function defineCodes<const T extends Record<string, CodeInfo>>(codes: T): T {
  return codes;
}

/** "Did you mean …?" when the reporter found a likely intended name (`suggestion`), for hints. */
export function didYouMean(values: DiagnosticValues): string {
  return values.suggestion ? `Did you mean "${values.suggestion}"? ` : '';
}
