// A block's record of an answer or decision, apart from the block API's DOM types: the Node side
// (inspect) reads it too, to say what a package will report.

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
  /** Readable id from author ids, e.g. `q-signs`, or `break-room.intro` for a decision. ASCII, no spaces. */
  id: string;
  type: 'choice' | 'true-false' | 'fill-in' | 'long-fill-in' | 'sequencing' | 'numeric' | 'other';
  /** The question or situation, plain text (at most 250 characters: SCORM 2004 keeps no more). */
  description: string;
  /** The whole situation of a decision, when `description` had to be cut: an LRS shows it whole. */
  situation?: string;
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
  /**
   * A whole-scenario record (its outcome or score, no choices) that stands in for the scenario's
   * decisions when the course sets `reporting.decisions: anonymous-score`: the block host sends it
   * only then (src/runtime/shell/decision-policy.ts).
   */
  summary?: true;
  /** The policy an acknowledgement agreed to, as the author named it (`policy`, `policy-version`). */
  policy?: { title: string; version?: string };
}
