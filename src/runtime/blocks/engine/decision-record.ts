import type { InteractionRecord } from '../../interaction-record.js';
import type { RuntimeScenarioNode } from '../../../model/runtime-data.js';
import type { OfferedChoice } from './scenario-graph.js';
import { choiceResult } from './scenario-graph.js';

/** Longest description sent: SCORM 2004 allows 250 characters, and reports stay readable. */
export const maxDescription = 250;

/**
 * The interaction a decision reports: the taken and the recommended (among those offered) choices
 * by their author ids, with every choice of the step in author order, so a choice keeps its place
 * (and its SCORM 1.2 letter) for every learner, whichever choices their conditions hid.
 */
export function decisionRecord(input: {
  id: string;
  node: RuntimeScenarioNode;
  index: number;
  offered: readonly OfferedChoice[];
  description: string;
  latencyMs?: number;
}): InteractionRecord {
  const { node, index, offered } = input;
  const correct = offered.filter((c) => c.choice.recommended).map((c) => c.choice.id);
  const taken = node.choices[index];
  const description = shorten(input.description, maxDescription);
  const whole = input.description.replace(/\s+/g, ' ').trim();
  return {
    id: input.id,
    type: 'choice',
    description,
    ...(whole !== description ? { situation: whole } : {}),
    response: taken ? [taken.id] : [],
    // One choice is taken per decision, so each recommended choice is a right answer by itself.
    ...(correct.length > 0 ? { correct, correctAlternatives: true } : {}),
    result: choiceResult(node, index),
    ...(input.latencyMs !== undefined ? { latencyMs: Math.max(0, Math.round(input.latencyMs)) } : {}),
    choices: node.choices.map((choice) => ({ id: choice.id, text: choice.text })),
  };
}

/**
 * Collapse white space and cut at a word boundary with an ellipsis. A text that ends in its
 * question ("… Which of these would fit here? Choose all that fit.") keeps the question whole and
 * cuts the situation before it, so a report still says what was asked.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const asked = /[^.!?\u2026]*\?(?:\s[^?]*)?$/.exec(flat);
  const question = asked?.[0].trim() ?? '';
  if (question && question.length <= max * 0.6 && asked!.index > 0) return `${cut(flat.slice(0, asked!.index), max - question.length - 1)} ${question}`;
  return cut(flat, max);
}

function cut(flat: string, max: number): string {
  const text = flat.trimEnd();
  if (text.length <= max) return text;
  const start = text.slice(0, max - 1);
  const space = start.lastIndexOf(' ');
  return `${(space > max / 2 ? start.slice(0, space) : start).trimEnd()}…`;
}
