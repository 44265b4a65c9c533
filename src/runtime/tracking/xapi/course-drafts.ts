import type { TrackerStatus } from '../tracking-adapter.js';
import { courseActivity, languageMap, lessonActivity, newDraft, type DraftContext } from './draft-context.js';
import { formatXapiDuration } from './format-xapi-duration.js';
import { xapiVerbs } from './xapi-verbs.js';
import type { DefinedVerb, StatementDraft, XapiActivity, XapiResult } from './xapi-statement.js';

/** The result statements a registration already holds (kept in the state document). */
export interface RecordedResults {
  completed?: boolean;
  passed?: boolean;
  failed?: boolean;
}

/** How a standard wants results reported. */
export interface ResultRules {
  /** xAPI: a score on `completed` when the course has no pass mark; cmi5 forbids it (9.5.1.0-2). */
  scoreOnCompleted: boolean;
  /** cmi5 masteryScore 0..1: passed or failed is decided by the score against it (9.3.4.0-2). */
  masteryScore?: number;
}

/** The course (the launch activity) as the object of course-level statements, named for reports. */
export function courseObject(context: DraftContext, title: string): XapiActivity {
  return { objectType: 'Activity', id: context.courseActivity, definition: { name: languageMap(context, title) } };
}

/** `initialized`, `terminated` (with the session's duration) and the other verbs cmi5 defines. */
export function courseDraft(context: DraftContext, verb: DefinedVerb, object: XapiActivity, result?: XapiResult): StatementDraft {
  return { ...newDraft(context, xapiVerbs[verb], object), ...(result ? { result } : {}), defined: verb };
}

/** `experienced` a lesson, the first time the learner opens it. */
export function lessonDraft(context: DraftContext, lesson: { id: string; title: string }): StatementDraft {
  return { ...newDraft(context, xapiVerbs.experienced, lessonActivity(context, lesson)), contextActivities: { parent: [courseActivity(context)] } };
}

/**
 * Which result statements a status change calls for: `completed` once, then `passed` or
 * `failed`, each at most once per registration; never `failed` once passed (a finished attempt is
 * never lowered), never `passed` after `failed` in the same session (cmi5 9.3.0.0-3; the next
 * session sends it). `incomplete` says nothing.
 */
export function resultVerbs(status: TrackerStatus, score: number | undefined, recorded: RecordedResults & { failedThisSession?: boolean }, rules: ResultRules): ('completed' | 'passed' | 'failed')[] {
  if (status === 'incomplete') return [];
  const verbs: ('completed' | 'passed' | 'failed')[] = recorded.completed ? [] : ['completed'];
  let outcome = status === 'completed' ? undefined : status;
  // Decided on the scaled score as sent, so a statement never contradicts its own score.
  if (outcome && rules.masteryScore !== undefined && score !== undefined) outcome = xapiScore(score).scaled >= rules.masteryScore ? 'passed' : 'failed';
  if (outcome === 'passed' && !recorded.passed && !recorded.failedThisSession) verbs.push('passed');
  if (outcome === 'failed' && !recorded.passed && !recorded.failed) verbs.push('failed');
  return verbs;
}

/** The result of one result statement: completion or success, the time so far, the score. */
export function resultOf(verb: 'completed' | 'passed' | 'failed', status: TrackerStatus, score: number | undefined, elapsedMs: number, rules: ResultRules): XapiResult {
  const duration = formatXapiDuration(elapsedMs);
  const scored = score !== undefined && Number.isFinite(score) ? { score: xapiScore(score) } : {};
  if (verb === 'completed') return { completion: true, duration, ...(rules.scoreOnCompleted && status === 'completed' ? scored : {}) };
  return { success: verb === 'passed', duration, ...scored };
}

/** Score 0–100 as `scaled` 0..1 with raw, min and max (standards 3.7, 5.14). */
function xapiScore(score: number): NonNullable<XapiResult['score']> {
  const raw = Math.round(Math.min(100, Math.max(0, score)) * 100) / 100;
  return { scaled: Math.round(raw * 100) / 10000, raw, min: 0, max: 100 };
}
