/**
 * The SCORM 2004 `API_1484_11` object an LMS puts on a parent or opener window (RTE 2004 §3;
 * standards §2.10). Arguments are strings; results are the strings "true"/"false" (some LMSs
 * return booleans, so compare with `String(result) === 'true'`).
 */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

/** True when `value` looks like a SCORM 2004 API object. */
export function isScorm2004Api(value: unknown): value is Scorm2004Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return typeof api.Initialize === 'function' && typeof api.GetValue === 'function'
    && typeof api.SetValue === 'function' && typeof api.Terminate === 'function';
}
