import type { SourceLocation } from './position.js';

/** A comparison in a condition: `trust >= 60`. */
export interface Comparison {
  kind: 'compare';
  variable: string;
  op: '<' | '<=' | '>' | '>=' | '==' | '!=';
  value: number;
}

/** A condition tree, parsed at build time; the runtime evaluates it without `eval`. */
export type Condition =
  | Comparison
  | { kind: 'and'; terms: Condition[] }
  | { kind: 'or'; terms: Condition[] }
  | { kind: 'not'; term: Condition };

/** A named impact variable shown to the learner as a meter. */
export interface ScenarioVariable {
  id: string;
  label: string;
  initial: number;
  min: number;
  max: number;
  /** Whether the learner sees this variable as a meter (default true). */
  visible: boolean;
  /** Which way is good: `lower` for a meter such as risk, where a higher value is worse. */
  better: 'higher' | 'lower';
  at: SourceLocation;
}

export interface SpeakerRef {
  name: string;
  role?: string;
  portrait?: string;
}

export interface MediaRef {
  /** Course-relative path of the media file (posix). */
  path: string;
  alt?: string;
  kind: 'image' | 'video' | 'audio';
  at: SourceLocation;
}

export interface ScenarioChoice {
  /** Author id, unique within its node; used in readable interaction ids. */
  id: string;
  /** Markdown source of the choice text (short, inline). */
  text: string;
  /** Markdown source: what happens next, how people feel. */
  consequence?: string;
  /** Variable changes applied when chosen. */
  effects: Record<string, number>;
  /** Target node id. */
  goto: string;
  /** Only offered when this holds. */
  when?: Condition;
  whenSource?: string;
  /** Part of the recommended path (used by the debrief). */
  recommended: boolean;
  at: SourceLocation;
  gotoAt: SourceLocation;
  whenAt?: SourceLocation;
}

export interface ScenarioRoute {
  when?: Condition;
  whenSource?: string;
  goto: string;
  at: SourceLocation;
  gotoAt: SourceLocation;
  whenAt?: SourceLocation;
}

export interface ScenarioNode {
  id: string;
  /** Short title shown as a heading (optional). */
  title?: string;
  /** Markdown narrative. */
  text: string;
  speaker?: SpeakerRef;
  media?: MediaRef;
  choices: ScenarioChoice[];
  /** Automatic routing: first route whose condition holds is taken. */
  routes: ScenarioRoute[];
  /** End node data; present only on end nodes. */
  end?: { outcome: 'positive' | 'mixed' | 'negative' | undefined; outcomeLabel?: string; score?: number };
  at: SourceLocation;
}

export interface ScenarioScoring {
  /** Score contributed (0–100) by reaching each end, by end node id. */
  ends: Record<string, number>;
  /** Optional variable thresholds that add to the score. */
  thresholds: { when: Condition; whenSource: string; points: number; at: SourceLocation }[];
  /** Weight of this scenario in the course score (default 1). */
  weight: number;
}

/** A branching decision graph. */
export interface Scenario {
  id: string;
  title: string;
  start: string;
  variables: ScenarioVariable[];
  nodes: ScenarioNode[];
  /** Learner may step back one decision. */
  allowRewind: boolean;
  /** Learner may restart from the beginning. */
  allowRestart: boolean;
  scoring?: ScenarioScoring;
  /** File the scenario came from (course-relative) and where its root is. */
  at: SourceLocation;
}
