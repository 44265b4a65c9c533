import { activityId } from '../../../model/activity-ids.js';
import { activityTypes, verbIn } from './xapi-verbs.js';
import type { LanguageMap, StatementDraft, XapiActivity, XapiStatement } from './xapi-statement.js';

/** What every draft needs: where the course's activities live, its language, ids and time. */
export interface DraftContext {
  /** Object of the course-level statements: the launch's activity (standards 3.19). */
  courseActivity: string;
  /** Base IRI of lesson and interaction ids (`RuntimeData.course.iri`). */
  iri: string;
  /** Course language: the key of every language map. */
  language: string;
  /** The course's player strings: the verbs' names in its language (`verbIn`). */
  strings?: Readonly<Record<string, string>>;
  /** A new statement id (UUID v4). */
  newId(): string;
  /** Clock in milliseconds. */
  now(): number;
}

/** A draft with a new id and the current UTC time to the millisecond (standards 3.2, 3.5). */
export function newDraft(context: DraftContext, verb: XapiStatement['verb'], object: XapiActivity): StatementDraft {
  return { id: context.newId(), timestamp: new Date(context.now()).toISOString(), verb: verbIn(verb, context.language, context.strings), object };
}

/** `{ <course language>: text }`. */
export function languageMap(context: DraftContext, text: string): LanguageMap {
  return { [context.language]: text };
}

/** A lesson as an activity, named so that reports show its title. */
export function lessonActivity(context: DraftContext, lesson: { id: string; title: string }): XapiActivity {
  return {
    objectType: 'Activity',
    id: activityId(context.iri, 'lesson', lesson.id),
    definition: { type: activityTypes.lesson, name: languageMap(context, lesson.title) },
  };
}

/** The course as a context activity (`grouping` of lessons' and interactions' statements). */
export function courseActivity(context: DraftContext): XapiActivity {
  return { objectType: 'Activity', id: context.courseActivity };
}

/**
 * An RFC 5646 tag for language maps: the course language as written when it looks like one,
 * else `und` (undetermined), so that a typo in course.yml cannot make every statement invalid.
 */
export function languageTag(language: string): string {
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : 'und';
}
