import type { InteractionRecord } from '../block-api.js';
import { cutText } from './cut-text.js';
import { formatXapiDuration } from './xapi/format-xapi-duration.js';

/** Where an interaction's id comes from, and the language its description is in. */
export interface Scorm2004InteractionContext {
  /** The interaction's long identifier, e.g. the xAPI activity id of the record. */
  id: string;
  /** Course language (`en`, `de-CH`); becomes the description's `{lang=…}` when it is a valid tag. */
  language?: string;
}

/** The 2004 delimiter between the parts of a response or pattern (RTE 2004 §4.2.9; standards §2.16). */
const delimiter = '[,]';

/**
 * The `cmi.interactions.n.*` values for one record, relative to `cmi.interactions.n.`, in the
 * order a SCORM 2004 LMS requires (§2.14): `id` first, then `type` before the responses, then the
 * rest. Choice and sequencing responses name the author's option ids. Pure: `at` is the answer's moment.
 */
export function toScorm2004Interaction(record: InteractionRecord, context: Scorm2004InteractionContext, at: Date): [string, string][] {
  const values: [string, string][] = [
    ['id', cutText(context.id.replace(/\s+/g, '_'), 4000) || 'interaction'],
    ['type', record.type],
    ['timestamp', formatCmiTimestamp(at)],
  ];
  const description = localizedString(record.description, context.language, 250);
  if (description !== '') values.push(['description', description]);
  if (record.correct && record.correct.length > 0) {
    // One pattern is one complete answer, so alternatives each get a pattern of their own.
    const patterns = record.correctAlternatives ? record.correct.map((id) => [id]) : [record.correct];
    patterns
      .map((pattern) => formatScorm2004Response(record, pattern))
      .filter((pattern) => pattern !== '')
      .forEach((pattern, k) => values.push([`correct_responses.${k}.pattern`, pattern]));
  }
  values.push(['learner_response', formatScorm2004Response(record, record.response)], ['result', record.result]);
  if (record.latencyMs !== undefined && record.latencyMs >= 0) values.push(['latency', formatXapiDuration(record.latencyMs)]);
  return values;
}

/**
 * RTE 2004 response formats (standards §2.16): short identifiers joined with `[,]` for choice and
 * sequencing, `true`/`false`, at most 250 characters for fill-in and 4,000 for long-fill-in and other.
 */
export function formatScorm2004Response(record: Pick<InteractionRecord, 'type'>, values: readonly string[]): string {
  switch (record.type) {
    case 'true-false':
      return /^(t|true|1)$/i.test(values[0] ?? '') ? 'true' : 'false';
    case 'choice':
    case 'sequencing': {
      const ids = values.map(toShortIdentifier).slice(0, 36);
      return (record.type === 'choice' ? [...new Set(ids)] : ids).join(delimiter);
    }
    case 'fill-in':
      return plainText(values.join(' '), 250);
    default:
      return plainText(values.join(' '), 4000);
  }
}

/** A short_identifier_type (§2.16): only the characters SCORM allows there, no spaces. */
export function toShortIdentifier(id: string): string {
  return id.replace(/[^\w\-()+.:=@;$!*'%/#]/g, '_').slice(0, 250) || '_';
}

/** `YYYY-MM-DDThh:mm:ss.sZ` in UTC: 2004 time(second,10,0) with the tenths strict LMSs expect before the zone. */
export function formatCmiTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 21)}Z`;
}

/**
 * A localized_string_type (§2.15): `{lang=xx}` and at most `max` characters of text. Text may not
 * start with "{" (it would read as a delimiter) and must not hold the `[,]` delimiter.
 */
export function localizedString(text: string, language: string | undefined, max: number): string {
  const body = plainText(text, max).replace(/^\{+/, '');
  if (body === '') return '';
  return language && /^([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9]{2,8})*$/.test(language) ? `{lang=${language}}${body}` : body;
}

/** One line of text, without the 2004 delimiters, cut to `max` characters. */
function plainText(text: string, max: number): string {
  return cutText(text.replace(/\[[,.:]\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\{+/, ''), max);
}
