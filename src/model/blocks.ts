import type { SourceLocation } from './position.js';
import type { AcknowledgedPolicy } from './acknowledged-policy.js';
import type { Scenario } from './scenario.js';
import type { EmbeddedCue } from './embedded-captions.js';

/**
 * A piece of lesson content. `html` fields hold sanitized HTML rendered at parse time from the
 * author's Markdown, so later stages never see raw Markdown.
 */
export type Block = (
  | MarkdownBlock
  | InterviewBlock
  | ScenarioBlock
  | CheckBlock
  | ReflectionBlock
  | PracticeBlock
  | AcknowledgementBlock
  | ContentNoteBlock
) & EditionScoped;

/** Where a block or passage is limited to some editions (`editions="…"`, `:::only`). */
export interface EditionScoped {
  /** The editions that have it; absent: every edition. */
  editions?: string[];
}

export interface MarkdownBlock {
  kind: 'markdown';
  html: string;
  at: SourceLocation;
}

export interface CaptionTrack {
  /** BCP 47 language tag, e.g. `en`. */
  lang: string;
  /** The language's name in the course language, e.g. "Spanish", for the player's captions menu. */
  label: string;
  /** Course-relative path to the .vtt file. */
  path: string;
  /** Its cues as players read them (the web package embeds them for pages opened from disk). */
  cues: EmbeddedCue[];
  at: SourceLocation;
}

/** A person in an interview: `speakers="Amara Okafor, Charge nurse; Dan Lee"`. */
export interface InterviewSpeaker {
  name: string;
  role?: string;
}

/** A chapter of a recording, from a WebVTT chapters file or a `:::chapters` list. */
export interface InterviewChapter {
  /** Start in seconds. */
  start: number;
  /** The start as the author reads it, e.g. `1:05`. */
  time: string;
  title: string;
}

/** A pull quote: a block quote of the interview, attributed to one of its speakers. */
export interface PullQuote {
  /** Sanitized HTML of the quote. */
  html: string;
  /** Who said it: a closing "— Name" line of the quote, else the first speaker. */
  by: string;
}

/** One piece of a text interview, in reading order: Markdown (questions, answers) or a pull quote. */
export interface InterviewPart {
  html?: string;
  quote?: PullQuote;
}

export interface InterviewBlock {
  kind: 'interview';
  id: string;
  /** `recording` (default): a video or audio with captions; `text`: a written Q&A with no media. */
  format: 'recording' | 'text';
  /** Name of the first speaker. */
  speaker: string;
  role?: string;
  /** Everyone who speaks, the first being `speaker`; more than one shows as a list. */
  speakers: InterviewSpeaker[];
  /** A composite testimony (`composite`): shown with a label saying so. */
  composite: boolean;
  portrait?: { path: string; alt: string };
  media?: { path: string; kind: 'video' | 'audio'; poster?: string };
  captions: CaptionTrack[];
  /** Chapters learners can jump to; empty when there are none. */
  chapters: InterviewChapter[];
  /** Sanitized HTML of the transcript. */
  transcriptHtml?: string;
  /** Pull quotes of a recorded interview (block quotes in the body). */
  quotes: PullQuote[];
  /** Sanitized HTML of the introduction (body without quotes and transcript; in a text interview, what comes before the first question). */
  introHtml: string;
  /** Text interviews: the questions, answers and pull quotes after the introduction. */
  parts: InterviewPart[];
  at: SourceLocation;
}

export interface ScenarioBlock {
  kind: 'scenario';
  id: string;
  scenario: Scenario;
  /** Sanitized HTML of the scenario's Markdown, by node id and choice id. */
  rendered: Record<string, { html: string; choices: Record<string, { html: string; text: string; consequenceHtml?: string }> }>;
  at: SourceLocation;
}

export interface CheckOption {
  /** The author's `{#id}`, or one made from the text; unique in the check. Reports name the option by it. */
  id: string;
  /** One-character key in the check's saved state: a–z by position, `t`/`f` in a true/false check. */
  code: string;
  html: string;
  /** Plain text of the option for reports. */
  text: string;
  correct: boolean;
  feedbackHtml?: string;
  at: SourceLocation;
}

export interface CheckBlock {
  kind: 'check';
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  promptHtml: string;
  /** Plain text of the prompt for reports. */
  promptText: string;
  options: CheckOption[];
  /** Attempts allowed; 0 = unlimited. */
  attempts: number;
  graded: boolean;
  at: SourceLocation;
}

export interface ReflectionBlock {
  kind: 'reflection';
  id: string;
  promptHtml: string;
  promptText: string;
  /** Ask the learner to confirm "I have reflected". */
  confirm: boolean;
  /** Report the text to the LMS: only when the course opts in (`reporting.reflections: report`). */
  report: boolean;
  /** Keep the text for the browser session only (`reporting.reflections: session`). */
  session?: true;
  at: SourceLocation;
}

export interface PracticeTechnique {
  /** The author's `{#id}`, or one made from the label ("direct") or text; unique in the practice. */
  id: string;
  /** One-character key a–z in the practice's saved state, by position. */
  code: string;
  /** Short name, e.g. "Direct". */
  label: string;
  html: string;
  text: string;
  /** A good fit for this situation. */
  recommended: boolean;
  feedbackHtml?: string;
  at: SourceLocation;
}

export interface PracticeBlock {
  kind: 'practice';
  id: string;
  /** `choose`: pick the best fits; `order`: put techniques in the order you would try them. */
  mode: 'choose' | 'order';
  situationHtml: string;
  situationText: string;
  techniques: PracticeTechnique[];
  at: SourceLocation;
}

export interface AcknowledgementBlock {
  kind: 'acknowledgement';
  id: string;
  statementHtml: string;
  statementText: string;
  /** Needed for completion when the course completion rule includes acknowledgements. */
  required: boolean;
  /** The policy agreed to (`policy`, `policy-version` attributes): reported with the acknowledgement. */
  policy?: AcknowledgedPolicy;
  at: SourceLocation;
}

export interface ContentNoteBlock {
  kind: 'content-note';
  id: string;
  /** Author text; a default note is used when empty. */
  html: string;
  /** Offers a link past the rest of the lesson, to the next one (`skip`). */
  skip?: true;
  at: SourceLocation;
}
