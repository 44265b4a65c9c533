import { blockStrings } from './block-strings.js';
import { es } from './languages/es.js';
import { shellStrings } from './shell-strings.js';
import { primaryLanguage } from '../language-tag.js';

/** English, the catalogue every other language translates: all keys, with their `{placeholders}`. */
export const englishStrings: Record<string, string> = { ...shellStrings, ...blockStrings };

/**
 * The player's catalogues by primary language subtag. Adding a language is one file in languages/
 * (the keys of `englishStrings`, tested) and one line here.
 */
export const playerCatalogues: Readonly<Record<string, Record<string, string>>> = {
  en: englishStrings,
  es,
};

/** The catalogue chosen for a course language, and the language it is in. */
export interface PlayerStrings {
  /** Primary subtag of the catalogue, e.g. `es` for a course in `es-MX`. */
  language: string;
  strings: Record<string, string>;
  /** True when the course language has no catalogue and the player falls back to English. */
  fallback: boolean;
}

/** The player strings for a BCP 47 course language: `es-MX` → Spanish, an unknown language → English. */
export function selectPlayerStrings(courseLanguage: string): PlayerStrings {
  const primary = primaryLanguage(courseLanguage);
  const strings = Object.prototype.hasOwnProperty.call(playerCatalogues, primary) ? playerCatalogues[primary] : undefined;
  // A key not translated yet shows in English rather than as a raw key (the catalogue test lists it).
  return strings ? { language: primary, strings: { ...englishStrings, ...strings }, fallback: false } : { language: 'en', strings: englishStrings, fallback: true };
}

/** Every player string a course shows: its language's catalogue, with the ones course.yml `strings` replaces. */
export function courseStrings(course: { language: string; strings?: Record<string, string> }): Record<string, string> {
  return { ...selectPlayerStrings(course.language).strings, ...course.strings };
}

/**
 * The keys the browser runtime reads at run time (`t(key)`): the shell's (with those only the
 * players of tracked targets read, and those only the web target's reads: each page carries its
 * target's, `stringsForTarget`), the completion record's, and each block kind's. Every other key
 * is written into the HTML by the templates at build time,
 * so a course carries only these, a block kind's only when the course uses the kind (in the page
 * when the kind's code comes with the runtime script, else in the kind's file, `blockKindStrings`)
 * and the completion record's only when the course offers one. A key built from a value (`save.${status}`)
 * is listed with every value it can take. test/model/strings/runtime-string-keys.test.ts checks the lists
 * against the runtime's source: a key the runtime reads and no list holds fails it.
 */
export const runtimeStringKeys: Readonly<Record<'shell' | 'tracked' | 'standalone' | 'completionRecord' | 'interview' | 'scenario' | 'check' | 'reflection' | 'practice' | 'acknowledgement', readonly string[]>> = {
  shell: [
    'page.title', 'lesson.loading', 'lesson.failed', 'lesson.retry', 'outline.loading', 'outline.failed',
    'menu.minutes', 'menu.loading', 'menu.visited', 'menu.done', 'menu.leftOne', 'menu.leftMany',
    'progress.lesson', 'progress.activities',
    'state.reset', 'state.updated', 'state.unreadable', 'resume.welcome',
    'save.saved', 'save.partial', 'save.saving', 'save.unsaved', 'save.expired', 'save.review', 'save.device',
    'end.result', 'end.left', 'end.leftIntro', 'end.retake', 'end.retakeButton',
    'exit.saving', 'exit.done', 'exit.donePartial', 'exit.doneUntracked', 'exit.doneReview', 'exit.unsaved', 'exit.expired', 'exit.notEnded', 'exit.retry', 'exit.reopen',
    'support.title', 'support.newTab',
  ],
  // The shell's strings that only the player of a target a learning system launches reads (every
  // target but web): how the launch is tracked, and a result as recorded or not.
  tracked: [
    'tracking.untracked', 'tracking.failed', 'tracking.later', 'course.saving', 'course.completed', 'course.passed', 'course.failed',
    'course.completedUnrecorded', 'course.passedUnrecorded', 'course.failedUnrecorded',
    // Read by the xAPI and cmi5 players only, and carried only where the course words them otherwise than English (`runtimeStrings`).
    'verb.initialized', 'verb.terminated', 'verb.experienced', 'verb.answered', 'verb.completed', 'verb.passed', 'verb.failed', 'verb.accepted',
  ],
  // The shell's strings that only the web target's player reads: a result, in a course no learning system tracks.
  standalone: ['course.completedStandalone', 'course.passedStandalone', 'course.failedStandalone'],
  // The completion record (src/runtime/shell/completion-record.ts), offered only by courses that ask for it.
  completionRecord: ['record.heading', 'record.intro', 'record.name', 'record.print', 'record.statement', 'record.statementEdition'],
  interview: [],
  scenario: [
    'scenario.meters', 'scenario.meterValue', 'scenario.meterRange', 'scenario.step', 'scenario.end', 'scenario.choose', 'scenario.youChose',
    'scenario.consequence', 'scenario.changes', 'scenario.changeUp', 'scenario.changeDown', 'scenario.changeLimit', 'scenario.changeWorse',
    'scenario.changeBetter', 'scenario.lowerBetter', 'scenario.continue', 'scenario.rewind', 'scenario.rewound', 'scenario.restart',
    'scenario.restarted', 'scenario.stuck', 'scenario.outcome', 'scenario.outcome.positive', 'scenario.outcome.mixed', 'scenario.outcome.negative',
    'scenario.score', 'scenario.followed', 'scenario.differsOne', 'scenario.differsMany', 'scenario.otherPath', 'scenario.yourPath',
    'scenario.recommendedPath', 'scenario.recommendedTag', 'scenario.instead', 'scenario.noDecisions',
  ],
  check: [
    'check.noSelection', 'check.correct', 'check.incorrect', 'check.attemptsLeftOne', 'check.attemptsLeftMany', 'check.tryAgain',
    'check.reveal', 'check.markRight', 'check.markWrong', 'check.markMissed',
  ],
  reflection: ['reflection.confirmed', 'reflection.deleted', 'reflection.nothingToDelete', 'reflection.saved', 'reflection.savedSession', 'reflection.noStorage', 'reflection.private.noStorage', 'reflection.reported.noStorage'],
  practice: [
    'practice.chooseInstruction', 'practice.triedGood', 'practice.triedOther', 'practice.goodFit', 'practice.otherFit', 'practice.chooseDone',
    'practice.orderInstruction', 'practice.moveUp', 'practice.moveDown', 'practice.moved', 'practice.atTop', 'practice.atBottom',
    'practice.checkOrder', 'practice.orderRight', 'practice.orderDifferent', 'practice.suggestedOrder',
  ],
  acknowledgement: ['ack.tickFirst', 'ack.given', 'ack.dateFallback'],
};

/**
 * The player strings that tell the learner their progress or place is kept on this device. Each has
 * a variant, `<key>.noStorage`, that says what is true in a browser that keeps nothing there
 * (storage blocked, or full as the course opens, as in some private modes and LMS frames from
 * another domain): kept in this window only, or not at all. `save.device`, which the save line
 * never shows, is shown there as a notice of its own in a course that keeps progress on the device
 * only (web). Not listed: `tracking.later`, shown only for progress the device kept (never in such
 * a browser), and the reflection's notes, which its code chooses (`reflection.private.noStorage`).
 */
export const deviceKeptKeys = [
  'tracking.untracked', 'tracking.failed', 'save.unsaved', 'save.expired', 'save.device', 'course.completedStandalone', 'course.passedStandalone',
  'exit.doneUntracked', 'exit.unsaved', 'exit.expired',
] as const;

/**
 * Of a course's player strings, the `.noStorage` variants under the keys they replace: a package
 * carries them in a file of their own (`noStorageScriptName`), which the player loads over the
 * page's strings only when the browser keeps nothing on the device.
 */
export function noStorageStrings(strings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(deviceKeptKeys.map((key) => [key, strings[`${key}.noStorage`] ?? strings[key] ?? key]));
}

/**
 * Of a course's player strings, those its page must carry (`runtimeStringKeys`): the shell's and
 * those of the `parts` it uses, each a block kind, `completionRecord`, `tracked` or `standalone`
 * (others are ignored); `language` is the course's.
 */
export function runtimeStrings(strings: Readonly<Record<string, string>>, parts: Iterable<string>, language?: string): Record<string, string> {
  const lists = runtimeStringKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const keys = [...runtimeStringKeys.shell, ...[...new Set(parts)].filter((part) => part !== 'shell').flatMap((part) => lists[part] ?? [])];
  // A statement's verb has its en-US name anyway, which reports key on: one worded the same is not
  // carried, nor any in a course whose `language` is en-US.
  const englishOnly = language !== undefined && /^en-us$/i.test(language);
  return pick(strings, keys.filter((key) => !key.startsWith('verb.') || (!englishOnly && strings[key] !== englishStrings[key])));
}

/**
 * `strings` (a page's, `runtimeStrings` with both `tracked` and `standalone`) as the page of a
 * target with a learning system (`standalone` false) or of the web target carries them: without
 * the other's.
 */
export function stringsForTarget(strings: Readonly<Record<string, string>>, standalone: boolean): Record<string, string> {
  const other = new Set<string>(standalone ? runtimeStringKeys.tracked : runtimeStringKeys.standalone);
  return Object.fromEntries(Object.entries(strings).filter(([key]) => !other.has(key)));
}

/**
 * Of a course's player strings, those one block kind's code reads (its `runtimeStringKeys` list,
 * which only the kind's own code reads): they travel with that code when it is a file of its own
 * (src/render/block-assets.ts). Empty for a kind that reads none.
 */
export function blockKindStrings(strings: Readonly<Record<string, string>>, kind: string): Record<string, string> {
  const lists = runtimeStringKeys as Readonly<Record<string, readonly string[] | undefined>>;
  return kind === 'shell' || kind === 'completionRecord' ? {} : pick(strings, lists[kind] ?? []);
}

function pick(strings: Readonly<Record<string, string>>, keys: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of keys) if (Object.prototype.hasOwnProperty.call(strings, key)) kept[key] = strings[key] as string;
  return kept;
}
