import type { TrackerStatus } from './tracking-adapter.js';

/** What the LMS holds for the attempt: `cmi.completion_status`, `cmi.success_status`, `cmi.score.raw` ("" when unset). */
export interface Scorm2004Result {
  completion: string;
  success: string;
  raw: string;
}

/** The next result, the values that set it, and whether the attempt is then finished. */
export interface Scorm2004ResultChange {
  result: Scorm2004Result;
  /** Element/value pairs in the order to set them; none when nothing changes. */
  sets: [string, string][];
  /** Completed and not failed: `exit` becomes `normal`, so the next launch starts a new attempt. */
  finished: boolean;
}

/**
 * Maps a course status (and its score 0–100, sent once complete) onto SCORM 2004's separate
 * completion and success (standards §2.12, §5.13): `incomplete` → incomplete/unknown, `completed`
 * → completed/unknown, `passed`/`failed` → completed/passed or failed (the course says passed or
 * failed only with graded content and a mastery score). A completed attempt is never reopened, a
 * passed one never failed, and a passed score never lowered. Score as raw with min 0 and max 100
 * (Moodle grades from raw, §2.13) and scaled 0..1 with at most seven decimals (§5.14).
 *
 * A failed attempt keeps `exit=suspend`, as in SCORM 1.2, so the learner can resume and try again.
 */
export function scorm2004Result(current: Scorm2004Result, status: TrackerStatus, score: number | undefined): Scorm2004ResultChange {
  const completion = current.completion === 'completed' || status !== 'incomplete' ? 'completed' : 'incomplete';
  let success = status === 'passed' || status === 'failed' ? status : 'unknown';
  if (current.success === 'passed' || (success === 'unknown' && current.success === 'failed')) success = current.success;
  let raw = current.raw;
  if (score !== undefined && Number.isFinite(score)) {
    const value = String(Math.round(Math.min(100, Math.max(0, score)) * 100) / 100);
    if (!(current.success === 'passed' && raw !== '' && Number(value) < Number(raw))) raw = value;
  }
  const result = { completion, success, raw };
  const finished = isFinished(result);
  if (completion === current.completion && success === current.success && raw === current.raw) return { result, sets: [], finished };
  const sets: [string, string][] = raw === '' ? [] : [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', raw],
    ['cmi.score.scaled', String(Math.round(Number(raw) * 1e5) / 1e7)],
  ];
  sets.push(['cmi.completion_status', completion], ['cmi.success_status', success], ['cmi.exit', finished ? 'normal' : 'suspend']);
  return { result, sets, finished };
}

/** Completed and not failed: the attempt is over, and a new launch starts a new one. */
export function isFinished(result: Pick<Scorm2004Result, 'completion' | 'success'>): boolean {
  return result.completion === 'completed' && result.success !== 'failed';
}
