import { Scorm12API } from 'scorm-again';
import type { Scorm12Api } from '../../../src/runtime/tracking/scorm12-api.js';

/** One API call as the LMS saw it. */
export interface RecordedCall {
  fn: string;
  args: string[];
  result: string;
  error: string;
}

/** Failures the LMS side can be told to have; each is a real refusal the course must survive. */
export interface LmsFaults {
  /** Every LMSSetValue answers "false" (error 101), as an LMS whose session store is down. */
  refuseSets?: boolean;
  /** LMSCommit answers "false", as when the LMS's commit endpoint returns 404. */
  refuseCommit?: boolean;
  /** The next N LMSFinish calls answer "false". */
  refuseFinish?: number;
  /** Calls answer "false" for elements matching this pattern only. */
  refuseElements?: RegExp;
}

/**
 * A real SCORM 1.2 runtime (scorm-again's Scorm12API) with every call recorded, as an LMS sees
 * them. Faults are a thin layer in front of it: a refused call never reaches scorm-again, as a
 * request that never reached the LMS's server. That layer is ours; the data model is not.
 */
export function scorm12LmsSide(initial?: Record<string, unknown>) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (initial) api.loadFromJSON(initial);
  const faults: LmsFaults = {};
  const calls: RecordedCall[] = [];
  let refusedError = '';
  const refused = (fn: string, args: string[]): boolean => {
    if (fn === 'LMSSetValue') return Boolean(faults.refuseSets || faults.refuseElements?.test(args[0] ?? ''));
    if (fn === 'LMSCommit') return Boolean(faults.refuseCommit);
    if (fn === 'LMSFinish' && (faults.refuseFinish ?? 0) > 0) return (faults.refuseFinish = (faults.refuseFinish ?? 0) - 1), true;
    return false;
  };
  const recorded = {} as Record<string, (...args: string[]) => unknown>;
  for (const fn of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const) {
    recorded[fn] = (...args: string[]) => {
      if (fn === 'LMSGetLastError' && refusedError) return refusedError;
      refusedError = '';
      if (refused(fn, args)) {
        refusedError = '101';
        calls.push({ fn, args, result: 'false', error: '101' });
        return 'false';
      }
      const result = (api[fn] as (...a: string[]) => unknown)(...args);
      calls.push({ fn, args, result: String(result), error: api.lastErrorCode });
      return result;
    };
  }
  const set = (element: string) => calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === element && c.result === 'true').map((c) => c.args[1]);
  const cmi = () => (api.renderCMIToJSONObject() as { cmi: { core: Record<string, unknown>; suspend_data: string; interactions: Record<string, Record<string, unknown>> } }).cmi;
  return {
    api: recorded as unknown as Scorm12Api,
    faults,
    calls,
    set,
    cmi,
    count: (fn: string) => calls.filter((c) => c.fn === fn).length,
  };
}

/** What a real LMS gives a first launch. */
export const firstLaunch = { core: { student_id: 'learner-1', student_name: 'Okafor, Amara', entry: 'ab-initio', lesson_status: 'not attempted', credit: 'credit', lesson_mode: 'normal' } };
