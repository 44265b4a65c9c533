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
 * Verb names in the player's other languages, so that an LRS report in that language reads in it
 * (xAPI Data 2.4.3: `display` is a language map). English stays beside them: reports key on it.
 */
const verbNames: Record<string, Record<keyof typeof xapiVerbs, string>> = {
  es: { initialized: 'inició', terminated: 'terminó', experienced: 'vio', answered: 'respondió', completed: 'completó', passed: 'aprobó', failed: 'suspendió', accepted: 'aceptó' },
};

/** `verb` with its name in `language` (a tag such as `es` or `es-MX`) beside English, where the player has one. */
export function verbIn(verb: Verb, language: string): Verb {
  const names = verbNames[language.split('-')[0]!.toLowerCase()];
  const key = (Object.keys(xapiVerbs) as (keyof typeof xapiVerbs)[]).find((name) => xapiVerbs[name].id === verb.id);
  return names && key ? { id: verb.id, display: { ...verb.display, [language]: names[key] } } : verb;
}

/** Activity types of the course, its lessons and its interactions. */
export const activityTypes = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;
