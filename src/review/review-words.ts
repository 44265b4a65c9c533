import { loopsFollowedOnce } from '../graph/index.js';
import type { CheckBlock, PracticeBlock } from '../model/blocks.js';
import { primaryLanguage } from '../model/language-tag.js';
import { reviewWordsEs } from './review-words-es.js';

/**
 * The review document's own words: its headings, labels and sentences, in one language. Not the
 * player's strings (learners never read these, and packages do not carry them), so course.yml
 * `strings` does not change them. Arguments come formatted for the output (escaped HTML or
 * Markdown, code spans included) and are put in as they are.
 */
export interface ReviewWords {
  // The document
  /** `Review: Respect at work`: the title and first heading. */
  reviewOf: (course: string) => string;
  /** `Course respect-at-work, version 2027.1.` */
  courseLine: (id: string, version: string) => string;
  /** What the HTML review holds, said after the course line. */
  holds: string;
  contents: string;
  /** Heading of the table of lessons against editions, and its first column. */
  lessonsInEachEdition: string;
  lessonColumn: string;
  /** A lesson the edition has; one of which only some passages are in every edition. */
  yes: string;
  yesWithPassages: string;
  /** `This review shows …`, the parts' headings joined. */
  reviewShows: (parts: string) => string;
  /** The heading of one part: edition and language, or the language alone. */
  partHeading: (part: { edition?: { id: string; title: string }; language: string; original: boolean }) => string;

  // Lessons and blocks
  lesson: (number: number, title: string) => string;
  /** HTML: a lesson, and a part of one, only some editions have. */
  lessonOnlyIn: (editions: readonly string[]) => string;
  partOnlyIn: (editions: readonly string[]) => string;
  /** Markdown: the same, said shorter. */
  lessonOnly: (editions: readonly string[]) => string;
  blockOnly: (editions: readonly string[]) => string;
  contentNote: (id: string) => string;
  offersSkip: string;
  /** What a content note left to the player shows, then the support the course lists, if any. */
  standardNote: (support: string | undefined) => string;
  check: (id: string, type: CheckBlock['type'], graded: boolean) => string;
  correct: string;
  feedback: string;
  practice: (id: string, mode: PracticeBlock['mode']) => string;
  recommended: string;
  reflection: (id: string) => string;
  acknowledgement: (id: string, required: boolean) => string;
  interview: (id: string, speaker: string) => string;
  transcript: string;
  /** A picture in lesson text: its alternative text (empty: none given), or no alternative text at all. */
  image: (alt: string | undefined) => string;
  /** What stands for a video, recording or embedded page, by its element name. */
  embedded: (element: string) => string;

  // Scenarios
  scenario: (id: string, title: string) => string;
  paths: (count: number) => string;
  pathsFrom: (count: number, start: string) => string;
  searchStopped: (count: number) => string;
  /** What `graph --paths` says of a scenario with a loop (`loopsFollowedOnce`). */
  loopsFollowedOnce: string;
  recommendedPath: (nodes: string) => string;
  noRecommendedPath: string;
  /** The endings table's column heads, and the label of an ending step. */
  ending: string;
  pathsColumn: string;
  everyStep: string;
  everyStepNote: string;
  noChoiceRecommended: string;
  speaks: (speaker: string) => string;
  /** A scenario step's picture, video or recording, and its alternative text. */
  mediaKind: (kind: string) => string;
  altText: (alt: string) => string;
  /** A choice's or route's condition, `when trust >= 40`. */
  when: (condition: string) => string;
  route: (number: number | string) => string;
  takes: (route: string) => string;
  picks: (choice: string) => string;
  quote: (text: string) => string;
  recommendedChoice: string;
  recommendedHere: (choices: readonly string[]) => string;
  path: (number: number) => string;
  /** A path the debrief shows, and one made only of recommended choices. */
  isRecommendedPath: string;
  followsRecommended: string;
  score: (score: number) => string;
  endingAt: (node: string) => string;
  morePaths: (count: number, command: string) => string;
  /** An ending's outcome (`positive`, `mixed`, `negative`), or none. */
  outcome: (outcome: string | undefined) => string;
  at: (node: string) => string;
  /** `employee, manager and refresher`. */
  list: (items: readonly string[]) => string;
}

const andList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`);
const editionsEn = (ids: readonly string[]): string => `the ${andList(ids)} edition${ids.length === 1 ? '' : 's'}`;
const originalEn = (original: boolean): string => (original ? ' (original)' : '');

/** The review's words in English, the catalogue every other language translates. */
export const englishReviewWords: ReviewWords = {
  reviewOf: (course) => `Review: ${course}`,
  courseLine: (id, version) => `Course ${id}, version ${version}.`,
  holds: "Every lesson's text, every check with its answers and feedback, and every path through each scenario.",
  contents: 'Contents',
  lessonsInEachEdition: 'Lessons in each edition',
  lessonColumn: 'Lesson',
  yes: 'yes',
  yesWithPassages: 'yes, with passages for some editions',
  reviewShows: (parts) => `This review shows ${parts}.`,
  partHeading: ({ edition, language, original }) =>
    edition ? `Edition: ${edition.title} (${edition.id}), language ${language}${originalEn(original)}` : `Language: ${language}${originalEn(original)}`,

  lesson: (number, title) => `Lesson ${number}: ${title}`,
  lessonOnlyIn: (ids) => `This lesson is only in ${editionsEn(ids)}.`,
  partOnlyIn: (ids) => `This part is only in ${editionsEn(ids)}.`,
  lessonOnly: (ids) => `Lesson only in ${editionsEn(ids)}.`,
  blockOnly: (ids) => `Only in ${editionsEn(ids)}:`,
  contentNote: (id) => `Content note ${id}`,
  offersSkip: 'Offers to skip to the next lesson.',
  standardNote: (support) => `The player's standard note, in the course language${support ? `, followed by the support the course lists: ${support}` : ''}.`,
  check: (id, type, graded) => `Check ${id} (${{ single: 'one answer', multiple: 'several answers', 'true-false': 'true or false' }[type]}${graded ? ', graded' : ''})`,
  correct: '(correct)',
  feedback: 'Feedback',
  practice: (id, mode) => `Practice ${id} (${mode === 'order' ? 'put in order' : 'choose'})`,
  recommended: '(recommended)',
  reflection: (id) => `Reflection ${id}`,
  acknowledgement: (id, required) => `Acknowledgement ${id}${required ? ' (required)' : ''}`,
  interview: (id, speaker) => `Interview ${id}: ${speaker}`,
  transcript: 'Transcript',
  image: (alt) => (alt === undefined ? '[image]' : `[image: ${alt || 'no description'}]`),
  embedded: (element) => `[${element}]`,

  scenario: (id, title) => `Scenario ${id}: ${title}`,
  paths: (count) => `${count} path${count === 1 ? '' : 's'}`,
  pathsFrom: (count, start) => `${count} path${count === 1 ? '' : 's'} from ${start} to an ending.`,
  searchStopped: (count) => `The search stopped at its limit after ${count} paths: there are more, so the counts are at least these.`,
  loopsFollowedOnce,
  recommendedPath: (nodes) => `Recommended path: ${nodes}`,
  noRecommendedPath: 'No recommended path reaches an ending.',
  ending: 'Ending',
  pathsColumn: 'Paths',
  everyStep: 'Every step, as learners read it',
  everyStepNote: 'Each step in file order with its choices and what follows each; recommended choices are marked, and where a step has several, the debrief counts any of them as following the advice.',
  noChoiceRecommended: '(no choice is recommended here)',
  speaks: (speaker) => `(${speaker} speaks)`,
  mediaKind: (kind) => kind,
  altText: (alt) => `alternative text: "${alt}"`,
  when: (condition) => `when ${condition}`,
  route: (number) => `route ${number}`,
  takes: (route) => `takes ${route}`,
  picks: (choice) => `picks ${choice}`,
  quote: (text) => `"${text}"`,
  recommendedChoice: '(recommended choice)',
  recommendedHere: (choices) => `(recommended here: ${choices.join(', ')})`,
  path: (number) => `Path ${number}`,
  isRecommendedPath: 'recommended path',
  followsRecommended: 'recommended choices only',
  score: (score) => `score ${score}`,
  endingAt: (node) => `ending ${node}`,
  morePaths: (count, command) => `${count === 1 ? '1 more path reaches' : `${count} more paths reach`} this ending; run ${command} to list them all.`,
  outcome: (outcome) => outcome ?? 'no outcome',
  at: (node) => `at ${node}`,
  list: andList,
};

/**
 * The review's catalogues by primary language subtag. Adding a language is one file (every key of
 * `ReviewWords`, which the type checks) and one line here.
 */
export const reviewCatalogues: Readonly<Record<string, ReviewWords>> = {
  en: englishReviewWords,
  es: reviewWordsEs,
};

/** The review's words for a BCP 47 language: `es-MX` → Spanish, a language without a catalogue → English. */
export function reviewWords(language: string): ReviewWords {
  const primary = primaryLanguage(language);
  return Object.prototype.hasOwnProperty.call(reviewCatalogues, primary) ? reviewCatalogues[primary]! : englishReviewWords;
}

/** How each catalogue's review title begins (`Review: `, `Revisión: `): what marks a file as a review. */
export const reviewTitlePrefixes: readonly string[] = Object.values(reviewCatalogues).map((words) => words.reviewOf(''));
