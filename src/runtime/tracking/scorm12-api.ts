/**
 * The SCORM 1.2 `API` object an LMS puts on a parent or opener window (RTE 1.2 §3.3). Arguments
 * are strings; results are the strings "true"/"false" (some LMSs return booleans, so compare
 * with `String(result) === 'true'`).
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** True when `value` looks like a SCORM 1.2 API object. */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return typeof api.LMSInitialize === 'function' && typeof api.LMSGetValue === 'function'
    && typeof api.LMSSetValue === 'function' && typeof api.LMSFinish === 'function';
}
