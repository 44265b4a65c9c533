import { ScormConnection, type ScormDialect } from './scorm-connection.js';
import type { Scorm12Api } from './scorm12-api.js';

export type { TrackingLog } from './scorm-connection.js';

const scorm12Dialect: ScormDialect = {
  label: 'SCORM 1.2',
  get: 'LMSGetValue',
  set: 'LMSSetValue',
  lastError: 'LMSGetLastError',
  errorString: 'LMSGetErrorString',
  quietGetCodes: [],
  privateSuffix: '.student_response',
};

/** A guarded connection to a SCORM 1.2 API (`ScormConnection` with 1.2's names). */
export class Scorm12Connection extends ScormConnection<'LMSInitialize' | 'LMSCommit' | 'LMSFinish'> {
  constructor(api: Scorm12Api, log: (message: string) => void) {
    super(api, scorm12Dialect, log);
  }
}
