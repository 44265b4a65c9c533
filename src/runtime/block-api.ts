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

/** A learner decision or answer, in a form every tracking standard can carry. */
export interface InteractionRecord {
  /** Readable id from author ids, e.g. `break-room.intro.laugh`. ASCII, no spaces. */
  id: string;
  type: 'choice' | 'true-false' | 'fill-in' | 'long-fill-in' | 'sequencing' | 'other';
  /** The question or situation, plain text. */
  description: string;
  /** Learner response: option codes (a–z) for choice/sequencing, 't'/'f' for true-false, text for fill-in. */
  response: string[];
  /** The right answer where one exists: all these codes together (e.g. a multiple-answer check). */
  correct?: string[];
  /** The codes in `correct` are alternatives, each right on its own (several recommended choices). */
  correctAlternatives?: boolean;
  result: 'correct' | 'incorrect' | 'neutral';
  /** Milliseconds from showing the question to answering. */
  latencyMs?: number;
  /** Options offered, for readable reports (`code` → `text`). */
  choices?: { code: string; text: string }[];
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
