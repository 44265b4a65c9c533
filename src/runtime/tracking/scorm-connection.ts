/** Where LMS problems are written; the course never stops for them. */
export type TrackingLog = (message: string) => void;

/** How one SCORM version names its API functions, and what it reports that is not a problem. */
export interface ScormDialect {
  label: string;
  get: string;
  set: string;
  lastError: string;
  errorString: string;
  /** Error codes of GetValue that only mean "no value yet" (2004: 403), not worth a warning. */
  quietGetCodes: readonly string[];
  /** Elements whose values can be learner text: logged by length only. */
  privateSuffix: string;
}

type ApiFunction = (...args: string[]) => unknown;

/**
 * Calls into a SCORM API (1.2 or 2004, named by `dialect`) so that nothing the LMS does can break
 * the course: every call is guarded (Moodle's own player can throw inside `Commit`, standards
 * §5.1), "false" and error codes are logged with the LMS's own explanation, and the course
 * carries on. `Call` names the session functions: Initialize, Commit, Finish or Terminate.
 */
export class ScormConnection<Call extends string> {
  constructor(private readonly api: object, private readonly dialect: ScormDialect, private readonly log: TrackingLog) {}

  /** Calls a session function with the empty string; true on "true". */
  call(name: Call): boolean {
    try {
      if (String(this.fn(name)('')) === 'true') return true;
      this.logError(`${name}("")`);
    } catch (error) {
      this.log(`${name}("") threw: ${String(error)}`);
    }
    return false;
  }

  /** GetValue; undefined when the LMS reports an error. */
  get(element: string): string | undefined {
    const { get } = this.dialect;
    try {
      const value = this.fn(get)(element);
      const code = this.lastError();
      if (code === '0') return value == null ? '' : String(value);
      if (!this.dialect.quietGetCodes.includes(code)) this.logError(`${get}("${element}")`);
    } catch (error) {
      this.log(`${get}("${element}") threw: ${String(error)}`);
    }
    return undefined;
  }

  /** SetValue; true when the LMS accepted the value. */
  set(element: string, value: string): boolean {
    const { set } = this.dialect;
    try {
      if (String(this.fn(set)(element, value)) === 'true') return true;
      this.logError(`${set}("${element}", ${this.shown(element, value)})`);
    } catch (error) {
      this.log(`${set}("${element}") threw: ${String(error)}`);
    }
    return false;
  }

  private fn(name: string): ApiFunction {
    const fn = (this.api as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`the LMS API has no ${name}`);
    return (...args) => (fn as ApiFunction).apply(this.api, args);
  }

  /** The LMS's last error code as a string; "0" also when the LMS gives none. */
  private lastError(): string {
    try {
      const code = String(this.fn(this.dialect.lastError)() ?? '0');
      return code === '' ? '0' : code;
    } catch {
      return '0';
    }
  }

  private logError(what: string): void {
    const code = this.lastError();
    let text = '';
    try {
      text = String(this.fn(this.dialect.errorString)(code) ?? '');
    } catch {
      // A broken GetErrorString must not hide the code itself.
    }
    this.log(`${this.dialect.label}: ${what} failed (error ${code}${text ? `: ${text}` : ''})`);
  }

  /** A value as logged: learner responses can be free text (a reported reflection), so only their length. */
  private shown(element: string, value: string): string {
    return element.endsWith(this.dialect.privateSuffix) ? `<${value.length} characters>` : JSON.stringify(value.slice(0, 80));
  }
}
