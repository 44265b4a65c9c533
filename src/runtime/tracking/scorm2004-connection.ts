import type { Scorm2004Api } from './scorm2004-api.js';
import type { TrackingLog } from './scorm12-connection.js';

/**
 * Calls into a SCORM 2004 API so that nothing the LMS does can break the course: every call is
 * guarded (Moodle's own player can throw inside `Commit`, standards §5.1), "false" and error
 * codes are logged with the LMS's own explanation, and the course carries on.
 */
export class Scorm2004Connection {
  constructor(private readonly api: Scorm2004Api, private readonly log: TrackingLog) {}

  /** Calls Initialize, Commit or Terminate with the empty string; true on "true". */
  call(name: 'Initialize' | 'Commit' | 'Terminate'): boolean {
    try {
      if (String(this.api[name]('')) === 'true') return true;
      this.logError(`${name}("")`);
    } catch (error) {
      this.log(`${name}("") threw: ${String(error)}`);
    }
    return false;
  }

  /** GetValue; undefined when the LMS reports an error (403 "not initialized" included). */
  get(element: string): string | undefined {
    try {
      const value = this.api.GetValue(element);
      const code = this.lastError();
      if (code === '0') return value == null ? '' : String(value);
      // 403: the element has no value yet, which is no problem worth a warning.
      if (code !== '403') this.logError(`GetValue("${element}")`);
    } catch (error) {
      this.log(`GetValue("${element}") threw: ${String(error)}`);
    }
    return undefined;
  }

  /** SetValue; true when the LMS accepted the value. */
  set(element: string, value: string): boolean {
    try {
      if (String(this.api.SetValue(element, value)) === 'true') return true;
      this.logError(`SetValue("${element}", ${shownValue(element, value)})`);
    } catch (error) {
      this.log(`SetValue("${element}") threw: ${String(error)}`);
    }
    return false;
  }

  /** The LMS's last error code as a string; "0" also when the LMS gives none. */
  private lastError(): string {
    try {
      const code = String(this.api.GetLastError() ?? '0');
      return code === '' ? '0' : code;
    } catch {
      return '0';
    }
  }

  private logError(what: string): void {
    const code = this.lastError();
    let text = '';
    try {
      text = String(this.api.GetErrorString(code) ?? '');
    } catch {
      // A broken GetErrorString must not hide the code itself.
    }
    this.log(`SCORM 2004: ${what} failed (error ${code}${text ? `: ${text}` : ''})`);
  }
}

/** A value as logged: learner responses can be free text (a reported reflection), so only their length. */
function shownValue(element: string, value: string): string {
  return element.endsWith('.learner_response') ? `<${value.length} characters>` : JSON.stringify(value.slice(0, 80));
}
