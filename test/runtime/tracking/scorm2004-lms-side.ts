import { Scorm2004API } from 'scorm-again';
import type { Scorm2004Api } from '../../../src/runtime/tracking/scorm2004-api.js';
import type { LmsFaults, RecordedCall } from './scorm12-lms-side.js';

/** scorm-again's SCORM 2004 CMI data as JSON (`renderCMIToJSONObject().cmi`). */
export type Cmi2004 = Record<string, unknown> & {
  completion_status: string;
  success_status: string;
  exit: string;
  location: string;
  suspend_data: string;
  progress_measure: string;
  session_time: string;
  score: Record<string, string>;
  interactions: Record<string, Record<string, unknown> & { correct_responses: Record<string, { pattern: string }> }>;
};

/**
 * A real SCORM 2004 runtime (scorm-again's Scorm2004API) with every call recorded, as an LMS sees
 * them: the twin of `scorm12LmsSide`, with the same fault layer in front of it (`refuseFinish`
 * counts Terminate calls). A refused call never reaches scorm-again; the data model is scorm-again's.
 */
export function scorm2004LmsSide(initial?: Record<string, unknown>) {
  const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
  if (initial) api.loadFromJSON(initial);
  const faults: LmsFaults = {};
  const calls: RecordedCall[] = [];
  let refusedError = '';
  const refused = (fn: string, args: string[]): boolean => {
    if (fn === 'SetValue') return Boolean(faults.refuseSets || faults.refuseElements?.test(args[0] ?? ''));
    if (fn === 'Commit') return Boolean(faults.refuseCommit);
    if (fn === 'Terminate' && (faults.refuseFinish ?? 0) > 0) return (faults.refuseFinish = (faults.refuseFinish ?? 0) - 1), true;
    return false;
  };
  const recorded = {} as Record<string, (...args: string[]) => unknown>;
  for (const fn of ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'] as const) {
    recorded[fn] = (...args: string[]) => {
      if (fn === 'GetLastError' && refusedError) return refusedError;
      refusedError = '';
      if (refused(fn, args)) {
        // 391 General Commit Failure, 111 General Termination Failure, 351 General Set Failure.
        refusedError = fn === 'Commit' ? '391' : fn === 'Terminate' ? '111' : '351';
        calls.push({ fn, args, result: 'false', error: refusedError });
        return 'false';
      }
      const result = (api[fn] as (...a: string[]) => unknown)(...args);
      calls.push({ fn, args, result: String(result), error: String(api.lastErrorCode) });
      return result;
    };
  }
  const set = (element: string) => calls.filter((c) => c.fn === 'SetValue' && c.args[0] === element && c.result === 'true').map((c) => c.args[1]);
  const cmi = () => (JSON.parse(JSON.stringify(api.renderCMIToJSONObject())) as { cmi: Cmi2004 }).cmi;
  return {
    api: recorded as unknown as Scorm2004Api,
    faults,
    calls,
    set,
    cmi,
    count: (fn: string) => calls.filter((c) => c.fn === fn).length,
  };
}

/** What a real LMS gives a first launch of a SCORM 2004 SCO. */
export const firstLaunch2004 = {
  learner_id: 'learner-1',
  learner_name: 'Okafor, Amara',
  entry: 'ab-initio',
  mode: 'normal',
  credit: 'credit',
  completion_status: 'unknown',
  success_status: 'unknown',
};
