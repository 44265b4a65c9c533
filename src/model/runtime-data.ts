/**
 * The contract between the renderer (Node) and the browser runtime: the JSON the renderer embeds in
 * index.html as `<script type="application/json" id="cw-data">`. DOM-free, import-free types only,
 * so both programs compile against it. Bump `schema` on a breaking change.
 */

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
  variables: { id: string; label: string; initial: number; min: number; max: number; visible: boolean }[];
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
}

export type RuntimeBlock =
  | RuntimeInterview
  | RuntimeScenario
  | RuntimeCheck
  | RuntimeReflection
  | RuntimePractice
  | RuntimeAcknowledgement;

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
    /** Hash of the course structure; saved state from another structure is migrated or restarted. */
    structureHash: string;
  };
  lessons: RuntimeLesson[];
  completion: ('all-lessons' | 'scenarios' | 'checks' | 'acknowledgements')[];
  /** 0–100. */
  masteryScore?: number;
  /** Offer a printable record of completion (course.yml `completionRecord`; web builds only). */
  completionRecord?: boolean;
  blocks: RuntimeBlock[];
  /** Player interface strings in the course language. */
  strings: Record<string, string>;
}
