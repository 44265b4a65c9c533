import type { XapiStatement } from './xapi-statement.js';

type Verb = XapiStatement['verb'];

const adl = (name: string): Verb => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': name } });

/**
 * The verbs coursewright sends. ADL's (standards 3.12) wherever one fits, because every LRS report
 * knows them; `accepted` (Activity Streams, in the xAPI registry) for acknowledgements, because it
 * says what the learner did ("accepted 'I have read the policy'") where `answered` would suggest a
 * question with a wrong answer.
 */
export const xapiVerbs = {
  initialized: adl('initialized'),
  terminated: adl('terminated'),
  experienced: adl('experienced'),
  answered: adl('answered'),
  completed: adl('completed'),
  passed: adl('passed'),
  failed: adl('failed'),
  accepted: { id: 'http://activitystrea.ms/schema/1.0/accept', display: { 'en-US': 'accepted' } },
} as const satisfies Record<string, Verb>;

/**
 * `verb` with its name in `language` (the course's, `es` or `es-MX`) beside English, where the
 * course's player strings word it otherwise (`verb.<English name>`), so that an LRS report in that
 * language reads in it (xAPI Data 2.4.3: `display` is a language map). English stays: reports key on it.
 */
export function verbIn(verb: Verb, language: string, strings: Readonly<Record<string, string>> = {}): Verb {
  const english = verb.display['en-US'];
  const name = strings[`verb.${english}`];
  return name && name !== english ? { id: verb.id, display: { ...verb.display, [language]: name } } : verb;
}

/** Activity types of the course, its lessons and its interactions. */
export const activityTypes = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;
