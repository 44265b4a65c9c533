/**
 * What a block's browser code may use. The shell (navigation, tracking, saving) implements
 * `BlockHost`; each block kind exports one `mount*` function of type `MountBlock`.
 */
import type { RuntimeBlock } from '../model/runtime-data.js';

/**
 * Saved state of one block. `d` (done) and `s` (score 0..1, graded blocks only) are read by the
 * shell for completion and scoring; the rest is the block's own, kept small: it travels in
 * SCORM 1.2's 4,096-character suspend_data.
 */
export interface BlockState {
  /** 1 when the block is finished (scenario ended, check answered or out of attempts, …). */
  d?: 1;
  /** Score 0..1 for graded blocks. */
  s?: number;
  [key: string]: unknown;
}

/** One option offered with a question or decision: the author's id and the text the learner saw. */
export interface InteractionChoice {
  /** Author id of the choice or option, unique in the interaction, e.g. `name-it`. */
  id: string;
  /** Plain text of the option as shown. */
  text: string;
}

/**
 * A learner decision or answer, in the author's terms: options by their ids, with their texts.
 * Each tracking adapter derives its own wire format; SCORM 1.2's single letters are made there.
 */
export interface InteractionRecord {
  /** Readable id from author ids, e.g. `break-room.intro.laugh`. ASCII, no spaces. */
  id: string;
  type: 'choice' | 'true-false' | 'fill-in' | 'long-fill-in' | 'sequencing' | 'other';
  /** The question or situation, plain text. */
  description: string;
  /**
   * Learner response: choice ids for `choice`; choice ids in the learner's order for `sequencing`;
   * `'true'` or `'false'` for `true-false`; the text for `fill-in` and `long-fill-in`.
   */
  response: string[];
  /** The right answer where one exists, in the same form: all these ids together (e.g. a multiple-answer check). */
  correct?: string[];
  /** The ids in `correct` are alternatives, each right on its own (several recommended choices). */
  correctAlternatives?: boolean;
  result: 'correct' | 'incorrect' | 'neutral';
  /** Milliseconds from showing the question to answering. */
  latencyMs?: number;
  /**
   * The options offered, in the order shown (for `sequencing`, the author's list order); every id in
   * `response` and `correct` is one of them. Absent for true-false and text answers.
   */
  choices?: InteractionChoice[];
}

export interface BlockHost {
  /** The saved state of this block, or undefined on a fresh start. */
  readonly state: BlockState | undefined;
  /** Store the new state of this block (saved to the LMS soon after). */
  save(state: BlockState): void;
  /** Send a decision or answer to the LMS/LRS. */
  report(interaction: InteractionRecord): void;
  /** Speak a short message through the page's polite live region. */
  announce(message: string): void;
  /** Player string by key, with `{name}` placeholders filled in. */
  t(key: string, values?: Record<string, string | number>): string;
  /** Device-only storage (never sent to the LMS), for private reflections. `set` is false when the value lasts only for this visit. */
  readonly local: { get(key: string): string | null; set(key: string, value: string): boolean; remove(key: string): void };
  /** True when the learner prefers reduced motion. */
  readonly reducedMotion: boolean;
}

export type MountBlock<B extends RuntimeBlock = RuntimeBlock> = (element: HTMLElement, block: B, host: BlockHost) => void;
