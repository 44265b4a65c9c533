import { scorm12ChoiceLetter, scorm12ChoiceLetters } from '../../model/scorm12-choice-letter.js';
import type { InteractionRecord } from '../interaction-record.js';
import { toCmiIdentifier } from './cmi-identifier.js';
import { formatCmiTime, formatCmiTimespan } from './cmi-timespan.js';
import { cutText } from './cut-text.js';

/** CMIFeedback (student_response, pattern) is at most 255 characters in SCORM 1.2. */
const maxFeedbackLength = 255;

/** SCORM 1.2 has no `long-fill-in` or `other`; RTE 1.2 §3.4 CMIType. */
const scorm12Types: Record<InteractionRecord['type'], string> = {
  choice: 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  'long-fill-in': 'fill-in',
  sequencing: 'sequencing',
  numeric: 'numeric',
  other: 'performance',
};

/** The SCORM 1.2 type a record of `type` is reported as. */
export function scorm12InteractionType(type: InteractionRecord['type']): string {
  return scorm12Types[type] ?? 'performance';
}

/**
 * The `cmi.interactions.n.*` values for one record, in the order to set them (`id` first).
 * Choice ids become the letter of their position in `record.choices`. Pure: `at` is the moment of
 * the answer.
 */
export function toScorm12Interaction(record: InteractionRecord, n: number, at: Date): [string, string][] {
  const prefix = `cmi.interactions.${n}.`;
  const type = scorm12InteractionType(record.type);
  const values: [string, string][] = [
    [prefix + 'id', toCmiIdentifier(record.id)],
    [prefix + 'type', type],
    [prefix + 'time', formatCmiTime(at)],
    [prefix + 'student_response', formatResponse(record, record.response)],
    // 1.2 says `wrong`; `incorrect` is SCORM 2004 and gives error 405 in strict LMSs.
    [prefix + 'result', record.result === 'incorrect' ? 'wrong' : record.result],
  ];
  if (record.latencyMs !== undefined && record.latencyMs >= 0) {
    values.push([prefix + 'latency', formatCmiTimespan(record.latencyMs)]);
  }
  if (record.correct && record.correct.length > 0) {
    // One pattern is one complete answer ("a,c" means both), so alternatives get a pattern each.
    const patterns = record.correctAlternatives ? record.correct.map((id) => [id]) : [record.correct];
    patterns
      .map((pattern) => formatResponse(record, pattern))
      .filter((pattern) => pattern !== '')
      .forEach((pattern, k) => values.push([`${prefix}correct_responses.${k}.pattern`, pattern]));
  }
  return values;
}

/**
 * RTE 1.2 response formats: letters `a,c` for choice and sequencing, `t`/`f` for true-false, text
 * otherwise. `values` is the record's response or one of its right answers.
 */
export function formatResponse(record: Pick<InteractionRecord, 'type' | 'choices'>, values: readonly string[]): string {
  switch (record.type) {
    case 'true-false':
      return /^(t|true|1)$/i.test(values[0] ?? '') ? 't' : 'f';
    case 'choice':
    case 'sequencing':
      return values.flatMap((id) => choiceLetter(record.choices, id) ?? []).join(',');
    default:
      return cutText(values.join(' ').replace(/\s+/g, ' ').trim(), maxFeedbackLength);
  }
}

/**
 * The letter of a choice id: its position among the choices offered. A choice past the 36th, or an
 * id not offered, has none and is left out; a bare letter not among the ids (a record queued by an
 * older player, which reported letters) is kept as it is.
 */
export function choiceLetter(choices: InteractionRecord['choices'], id: string): string | undefined {
  const index = choices?.findIndex((choice) => choice.id === id) ?? -1;
  if (index >= 0) return scorm12ChoiceLetter(index);
  return id.length === 1 && scorm12ChoiceLetters.includes(id) ? id : undefined;
}
