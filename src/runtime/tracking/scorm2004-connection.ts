import { ScormConnection, type ScormDialect } from './scorm-connection.js';
import type { Scorm2004Api } from './scorm2004-api.js';

const scorm2004Dialect: ScormDialect = {
  label: 'SCORM 2004',
  get: 'GetValue',
  set: 'SetValue',
  lastError: 'GetLastError',
  errorString: 'GetErrorString',
  // 403 "value not initialized": the element has no value yet, which is no problem worth a warning.
  quietGetCodes: ['403'],
  privateSuffix: '.learner_response',
};

/** A guarded connection to a SCORM 2004 API (`ScormConnection` with 2004's names). */
export class Scorm2004Connection extends ScormConnection<'Initialize' | 'Commit' | 'Terminate'> {
  constructor(api: Scorm2004Api, log: (message: string) => void) {
    super(api, scorm2004Dialect, log);
  }
}
