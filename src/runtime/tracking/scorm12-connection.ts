import type { Scorm12Api } from './scorm12-api.js';

/** Where LMS problems are written; the course never stops for them. */
export type TrackingLog = (message: string) => void;

/**
 * Calls into a SCORM 1.2 API so that nothing the LMS does can break the course: every call is
 * guarded, "false" and error codes are logged with the LMS's own explanation, and the course
 * carries on.
 */
export class Scorm12Connection {
  constructor(private readonly api: Scorm12Api, private readonly log: TrackingLog) {}

  /** Calls LMSInitialize, LMSCommit or LMSFinish with the empty string; true on "true". */
  call(name: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'): boolean {
    try {
      if (String(this.api[name]('')) === 'true') return true;
      this.logError(`${name}("")`);
    } catch (error) {
      this.log(`${name}("") threw: ${String(error)}`);
    }
    return false;
  }

  /** LMSGetValue; undefined when the LMS reports an error. */
  get(element: string): string | undefined {
    try {
      const value = this.api.LMSGetValue(element);
      if (this.lastError() === '0') return value == null ? '' : String(value);
      this.logError(`LMSGetValue("${element}")`);
    } catch (error) {
      this.log(`LMSGetValue("${element}") threw: ${String(error)}`);
    }
    return undefined;
  }

  /** LMSSetValue; true when the LMS accepted the value. */
  set(element: string, value: string): boolean {
    try {
      if (String(this.api.LMSSetValue(element, value)) === 'true') return true;
      this.logError(`LMSSetValue("${element}", ${shownValue(element, value)})`);
    } catch (error) {
      this.log(`LMSSetValue("${element}") threw: ${String(error)}`);
    }
    return false;
  }

  /** The LMS's last error code as a string; "0" also when the LMS gives none. */
  private lastError(): string {
    try {
      const code = String(this.api.LMSGetLastError() ?? '0');
      return code === '' ? '0' : code;
    } catch {
      return '0';
    }
  }

  private logError(what: string): void {
    const code = this.lastError();
    let text = '';
    try {
      text = String(this.api.LMSGetErrorString(code) ?? '');
    } catch {
      // A broken LMSGetErrorString must not hide the code itself.
    }
    this.log(`SCORM 1.2: ${what} failed (error ${code}${text ? `: ${text}` : ''})`);
  }
}

/** A value as logged: learner responses can be free text (a reported reflection), so only their length. */
function shownValue(element: string, value: string): string {
  return element.endsWith('.student_response') ? `<${value.length} characters>` : JSON.stringify(value.slice(0, 80));
}
