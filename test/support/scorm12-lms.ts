import type { Frame, Page } from 'playwright-core';

/** One call the course made to the LMS API, as the test LMS recorded it. */
export interface LmsCall {
  fn: string;
  /** Arguments as strings. */
  args: string[];
  /** Return value as a string ("true", "false", a value). */
  result: string;
  /** The API's error code right after the call ("0" when none). */
  error: string;
}

/** scorm-again's CMI data as JSON (`renderCMIToJSONObject().cmi`); SCORM 1.2 shape. */
export type CmiData = {
  core: Record<string, unknown> & { score: Record<string, string> };
  suspend_data: string;
  interactions: Record<string, Record<string, unknown>>;
} & Record<string, unknown>;

/** scorm-again's SCORM 2004 CMI data as JSON (`renderCMIToJSONObject().cmi`). */
export type Cmi2004Data = {
  completion_status: string;
  success_status: string;
  exit: string;
  entry: string;
  location: string;
  suspend_data: string;
  progress_measure: string;
  score: Record<string, string>;
  interactions: Record<string, Record<string, unknown> & { correct_responses: Record<string, { pattern: string }> }>;
} & Record<string, unknown>;

/** Which runtime the test LMS page exposes: SCORM 1.2's `window.API` or SCORM 2004's `window.API_1484_11`. */
export type LmsKind = 'scorm12' | 'scorm2004';

/** The CMI data shape of each kind of test LMS. */
export type CmiFor<K extends LmsKind> = K extends 'scorm2004' ? Cmi2004Data : CmiData;

/** Options for `openInLms`. */
export interface OpenInLmsOptions<K extends LmsKind = LmsKind> {
  kind: K;
  /** URL of the course's launch page, on the same origin as the LMS page (as SCORM requires). */
  courseUrl: string;
  /** CMI data the LMS starts with (scorm-again `loadFromJSON`, in the `cmi` shape of `kind`). */
  initialData?: Record<string, unknown>;
}

/** A course launched in the test LMS, with the LMS side readable. */
export interface LmsSession<C = CmiData> {
  kind: LmsKind;
  page: Page;
  courseUrl: string;
  /** The course's frame. */
  course: Frame;
  /** Every API call so far, in order, once the course has nothing on its way. */
  calls(): Promise<LmsCall[]>;
  /** How many times the course called `fn`. */
  count(fn: string): Promise<number>;
  /** Calls that left an error code other than "0" (LMSGetLastError and friends excluded). */
  errors(): Promise<LmsCall[]>;
  /** Messages scorm-again logged at warning level or above. */
  logs(): Promise<{ level: number; message: string }[]>;
  /** The LMS's current CMI data, once the course has nothing on its way. */
  cmi(): Promise<C>;
  /** What an LMS keeps for the next launch (see `keptData`). */
  keptData(): Promise<Record<string, unknown>>;
  /** Removes the course frame, as an LMS does when the learner leaves (fires pagehide). */
  closeCourse(): Promise<void>;
  /**
   * Makes the LMS fail from now on, as a broken network or server would: refused calls answer
   * "false" (error 101) without reaching scorm-again; `refuseFinish` counts LMSFinish calls.
   */
  setFaults(faults: Partial<LmsFaults>): Promise<void>;
}

/** What `LmsSession.setFaults` can break. */
export interface LmsFaults {
  refuseSets: boolean;
  refuseCommit: boolean;
  refuseFinish: number;
}

/** A learner, for LMS data: SCORM 1.2 `student_id` and `student_name`. */
export const testLearner = { student_id: 'learner-1', student_name: 'Okafor, Amara' };

/** First-launch data a real LMS gives: not attempted (2004: unknown), ab-initio, credit, normal mode. */
export function firstLaunchData(kind: LmsKind = 'scorm12'): Record<string, unknown> {
  if (kind === 'scorm2004') {
    return { learner_id: testLearner.student_id, learner_name: testLearner.student_name, credit: 'credit', mode: 'normal', entry: 'ab-initio', completion_status: 'unknown', success_status: 'unknown' };
  }
  return { core: { ...testLearner, credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio', lesson_status: 'not attempted' } };
}

/**
 * The data an LMS keeps after a session and gives the next launch: the read/write data and
 * interactions (so `_count` continues), `entry` = `resume` when the course exited with `suspend`.
 * Write-only session values (`exit`, `session_time`) are not kept.
 */
export function keptData(cmi: CmiData | Cmi2004Data): Record<string, unknown> {
  if (!isCmi12(cmi)) {
    // SCORM 2004 keeps the same things at the top level; total_time is the LMS's own sum.
    const kept: Record<string, unknown> = { ...cmi, entry: cmi.exit === 'suspend' ? 'resume' : '' };
    for (const key of ['exit', 'session_time', 'total_time']) delete kept[key];
    return kept;
  }
  const core: Record<string, unknown> = { ...cmi.core, entry: cmi.core.exit === 'suspend' ? 'resume' : '' };
  delete core.exit;
  delete core.session_time;
  return {
    core,
    suspend_data: cmi.suspend_data,
    interactions: cmi.interactions,
  };
}

function isCmi12(cmi: CmiData | Cmi2004Data): cmi is CmiData {
  return typeof cmi.core === 'object' && cmi.core !== null;
}

/**
 * Opens the test LMS page on `page` with a real scorm-again runtime and the course in an iframe,
 * and waits for the course page to load: `Scorm12API` as `window.API` for `kind: 'scorm12'`,
 * `Scorm2004API` as `window.API_1484_11` for `kind: 'scorm2004'`. The LMS pages are served by
 * `startStaticServer` at `/__lms/<kind>.html`, on the course's origin.
 */
export async function openInLms<K extends LmsKind>(page: Page, options: OpenInLmsOptions<K>): Promise<LmsSession<CmiFor<K>>> {
  const lmsUrl = new URL(`/__lms/${options.kind}.html`, options.courseUrl).href;
  await page.goto(lmsUrl);
  const initialData = options.initialData ?? firstLaunchData(options.kind);
  await page.evaluate(({ url, data }) => (globalThis as unknown as LmsGlobal).cwLms.launch(url, data), { url: options.courseUrl, data: initialData });
  const handle = await page.waitForSelector('iframe#course');
  const course = await handle.contentFrame();
  if (!course) throw new Error('the course frame did not open');
  await course.waitForLoadState('load');
  // The course sends changes a moment after they happen (one answer's changes travel together):
  // what the LMS holds is read once the course has nothing on its way.
  const settled = async (): Promise<void> => {
    if (course.isDetached()) return;
    await course.waitForFunction(() => document.getElementById('cw-save-status')?.getAttribute('data-status') !== 'saving', undefined, { timeout: 10_000 }).catch(() => undefined);
  };
  const session: LmsSession<CmiFor<K>> = {
    kind: options.kind,
    page,
    courseUrl: options.courseUrl,
    course,
    calls: async () => (await settled(), page.evaluate(() => (globalThis as unknown as LmsGlobal).cwLms.calls())),
    count: async (fn) => (await session.calls()).filter((call) => call.fn === fn).length,
    errors: async () => (await session.calls()).filter((call) => call.error !== '0' && !errorReaders.has(call.fn)),
    logs: () => page.evaluate(() => (globalThis as unknown as LmsGlobal).cwLms.logs()),
    cmi: async () => (await settled(), page.evaluate(() => (globalThis as unknown as LmsGlobal).cwLms.cmi() as CmiFor<K>)),
    keptData: async () => keptData(await session.cmi() as CmiData | Cmi2004Data),
    closeCourse: () => page.evaluate(() => (globalThis as unknown as LmsGlobal).cwLms.closeCourse()),
    setFaults: (faults) => page.evaluate((next) => (globalThis as unknown as LmsGlobal).cwLms.setFaults(next), faults),
  };
  return session;
}

/** Launches the same course again with the data the LMS kept from `previous`, on `page`. */
export async function relaunchInLms<C>(page: Page, previous: LmsSession<C>): Promise<LmsSession<C>> {
  const initialData = await previous.keptData();
  return openInLms(page, { kind: previous.kind, courseUrl: previous.courseUrl, initialData }) as Promise<LmsSession<C>>;
}

/** Calls that report on the previous call's error rather than make one. */
const errorReaders = new Set(['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic', 'GetLastError', 'GetErrorString', 'GetDiagnostic']);

/** The test LMS's page API (test/support/lms/test-lms.js). */
interface TestLmsApi {
  launch(url: string, data: Record<string, unknown>): void;
  calls(): LmsCall[];
  logs(): { level: number; message: string }[];
  cmi(): CmiData | Cmi2004Data;
  closeCourse(): void;
  setFaults(faults: Partial<LmsFaults>): void;
}

/** The LMS page's global scope, inside `page.evaluate` (functions there are serialised, so no helpers). */
interface LmsGlobal {
  cwLms: TestLmsApi;
}
