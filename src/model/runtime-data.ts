/**
 * The contract between the renderer (Node) and the browser runtime: the course data (`RuntimeData`),
 * which the renderer splits into what index.html embeds as `<script type="application/json"
 * id="cw-data">` (`PageData`, packed: src/model/block-outline.ts) and one `LessonContent` per
 * lesson after the first, in assets/lessons/<n>.js. DOM-free types only, importing nothing but
 * other such contracts, so both programs compile against it.
 * Bump `schema` on a breaking change.
 */

import type { EmbeddedCaptions } from './embedded-captions.js';

/** Comparison and boolean condition tree (same shape as the course model's `Condition`). */
export type RuntimeCondition =
  | { kind: 'compare'; variable: string; op: '<' | '<=' | '>' | '>=' | '==' | '!='; value: number }
  | { kind: 'and'; terms: RuntimeCondition[] }
  | { kind: 'or'; terms: RuntimeCondition[] }
  | { kind: 'not'; term: RuntimeCondition };

export interface RuntimeLesson {
  id: string;
  title: string;
  minutes?: number;
}

interface RuntimeBlockBase {
  /** Author id, unique in the course; the key of the block's saved state. */
  id: string;
  /** Index of the lesson the block is in. */
  lesson: number;
}

export interface RuntimeInterview extends RuntimeBlockBase {
  kind: 'interview';
  speaker: string;
}

export interface RuntimeScenarioChoice {
  id: string;
  html: string;
  text: string;
  consequenceHtml?: string;
  effects: Record<string, number>;
  goto: string;
  when?: RuntimeCondition;
  recommended: boolean;
}

export interface RuntimeScenarioNode {
  id: string;
  title?: string;
  html: string;
  speaker?: { name: string; role?: string; portrait?: string };
  media?: { src: string; alt?: string; kind: 'image' | 'video' | 'audio' };
  choices: RuntimeScenarioChoice[];
  routes: { when?: RuntimeCondition; goto: string }[];
  end?: { outcome?: 'positive' | 'mixed' | 'negative'; outcomeLabel?: string };
}

export interface RuntimeScenario extends RuntimeBlockBase {
  kind: 'scenario';
  title: string;
  start: string;
  /** `lowerIsBetter`: a meter such as risk, where a higher value is worse. */
  variables: { id: string; label: string; initial: number; min: number; max: number; visible: boolean; lowerIsBetter?: true }[];
  nodes: RuntimeScenarioNode[];
  allowRewind: boolean;
  allowRestart: boolean;
  /** Node ids along the recommended path, from start to an end (for the debrief). */
  recommendedPath: string[];
  scoring?: {
    ends: Record<string, number>;
    thresholds: { when: RuntimeCondition; points: number }[];
    weight: number;
  };
}

export interface RuntimeCheck extends RuntimeBlockBase {
  kind: 'check';
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  /** `id` names the option in reports; `code` is its one-character key in saved state and the form. */
  options: { id: string; code: string; text: string; correct: boolean; feedbackHtml?: string }[];
  /** 0 = unlimited. */
  attempts: number;
  graded: boolean;
}

export interface RuntimeReflection extends RuntimeBlockBase {
  kind: 'reflection';
  prompt: string;
  confirm: boolean;
  /** Only true when the course opted in to reporting reflections. */
  report: boolean;
  /** Keep the text in sessionStorage only, gone when the browser window closes (`reporting.reflections: session`). */
  session?: true;
}

export interface RuntimePractice extends RuntimeBlockBase {
  kind: 'practice';
  mode: 'choose' | 'order';
  situation: string;
  /** `id` names the technique in reports; `code` is its one-character key in saved state. */
  techniques: { id: string; code: string; label: string; text: string; recommended: boolean; feedbackHtml?: string }[];
}

export interface RuntimeAcknowledgement extends RuntimeBlockBase {
  kind: 'acknowledgement';
  statement: string;
  required: boolean;
  /** The policy agreed to, sent with the acknowledgement (`AcknowledgedPolicy`). */
  policy?: { title: string; version?: string };
}

export type RuntimeBlock =
  | RuntimeInterview
  | RuntimeScenario
  | RuntimeCheck
  | RuntimeReflection
  | RuntimePractice
  | RuntimeAcknowledgement;

/**
 * What saved learner state refers to, in a form that survives a new course version: a short tag per
 * lesson (by index) and per block (by id). A saved state keeps the tags it was written with; on
 * resume, a lesson or block whose tag is still here gets its progress back, and a block whose tag
 * changed (its options, choices or correct answers changed) starts again on its own.
 */
export interface StateLayout {
  lessons: string[];
  blocks: Record<string, string>;
}

export interface RuntimeData {
  schema: 1;
  course: {
    id: string;
    /**
     * Base IRI of the xAPI activity ids (course.yml `iri`, default `urn:coursewright:<id>`): build
     * the course, lesson and interaction ids from it with `activityId` (src/model/activity-ids.ts).
     */
    iri: string;
    title: string;
    version: string;
    language: string;
    /**
     * Hash of the whole course structure, as saved states of format 1 carry it: such a state is
     * restored only when this matches (see `state`, which later formats use instead).
     */
    structureHash: string;
    /** Title of the edition this package holds, when course.yml defines editions (for the completion record). */
    edition?: string;
  };
  /** Tags that map a saved state onto this version of the course, lesson by lesson and block by block. */
  state: StateLayout;
  lessons: RuntimeLesson[];
  completion: ('all-lessons' | 'scenarios' | 'checks' | 'acknowledgements')[];
  /** 0–100. */
  masteryScore?: number;
  /**
   * Present when a learner below the mastery score may retake the graded checks they missed
   * (course.yml `retake: failed-checks`); `limit` is the number of retakes, absent for no limit.
   */
  retake?: { limit?: number };
  /**
   * Support resources (course.yml `support`), shown on the end panel; `contactLink` is the phone
   * number or e-mail in `contact`, found at build time (src/model/contact-link.ts).
   */
  support?: {
    title?: string;
    resources: { name: string; contact?: string; contactLink?: { before: string; text: string; href: string; after: string }; url?: string; description?: string }[];
  };
  /** Offer a printable record of completion (course.yml `completionRecord`; web builds only). */
  completionRecord?: boolean;
  /**
   * course.yml `reporting.decisions` when it is not `all`: what scenario and practice blocks send.
   * The block host applies it, so no block needs to know (src/runtime/shell/decision-policy.ts).
   */
  decisions?: 'anonymous-score' | 'none';
  /**
   * What the learner keeps for themselves outside blocks, the ticks of the checklists in lesson
   * text, lasts only until the browser window closes (course.yml `reporting.reflections: session`,
   * for shared computers), as reflections' text then does.
   */
  personalSession?: true;
  blocks: RuntimeBlock[];
  /** Player interface strings in the course language. */
  strings: Record<string, string>;
}

/**
 * What the first page knows of a block before its lesson is loaded: what progress, completion,
 * the score and retakes need (a full `RuntimeBlock` is one too). The rest comes with the lesson.
 */
export type RuntimeBlockOutline =
  | Pick<RuntimeCheck, 'kind' | 'id' | 'lesson' | 'graded'>
  | Pick<RuntimeAcknowledgement, 'kind' | 'id' | 'lesson' | 'required'>
  | (Pick<RuntimeScenario, 'kind' | 'id' | 'lesson'> & { scoring?: { weight: number } })
  | Pick<RuntimeInterview | RuntimeReflection | RuntimePractice, 'kind' | 'id' | 'lesson'>;

/**
 * The data a launch page embeds (`#cw-data`): the course data with every block outlined, so the
 * shell knows every lesson (menu, progress, completion, saved-state layout), and in full only the
 * blocks of the lessons whose HTML is in the page (`lessonBlocks`). A long course's page outlines
 * only those lessons (`lessonCount`), so that it costs the same whatever the number of lessons.
 * Each other lesson is a `LessonContent` in a script of its own, loaded when it is needed.
 * A full `RuntimeData` is one too (every block in full, no lesson file needed).
 */
export interface PageData extends Omit<RuntimeData, 'blocks'> {
  blocks: RuntimeBlockOutline[];
  /**
   * Set in the page of a long course, whose outline would make the first page grow with its
   * lessons: the number of lessons in the course, when `lessons`, `blocks` and `state` cover only
   * the lessons whose HTML the page holds. The others' outline is `assets/lessons/outline.js`
   * (`LaterOutline`, src/model/block-outline.ts), which the player loads as a resumed learner
   * starts, or when a fresh one goes on or is reading (`outlinePending`, `lessonTotal`).
   */
  lessonCount?: number;
  /** The full data of the blocks of the lessons whose HTML the page holds (the first lesson's). */
  lessonBlocks?: RuntimeBlock[];
}

/** A lesson that is not in the page: its HTML (after its heading) and its blocks' full data. */
export interface LessonContent {
  html: string;
  blocks: RuntimeBlock[];
  /** Web packages: the cues of the caption files its interviews use, by path (see `EmbeddedCaptions`). */
  captions?: EmbeddedCaptions;
}
