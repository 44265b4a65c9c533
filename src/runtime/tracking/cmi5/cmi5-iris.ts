/** The IRIs cmi5 defines for statements (cmi5 §9.6, standards 4.10–4.17). */
export const cmi5Iris = {
  /** Category of the statements cmi5 defines (initialized, completed, passed, failed, terminated). */
  definedCategory: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  /** Category of defined statements with `success` or `completion`. */
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionIdExtension: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScoreExtension: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

/** The State API document the LMS writes for the AU; read it, never write it (10.2.1.0-5). */
export const launchDataStateId = 'LMS.LaunchData';

/** The Agent Profile document of the learner's preferences (cmi5 §11). */
export const learnerPreferencesProfileId = 'cmi5LearnerPreferences';
