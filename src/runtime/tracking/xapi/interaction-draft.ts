import { activityId, extensionIri } from '../../../model/activity-ids.js';
import type { InteractionRecord } from '../../block-api.js';
import { cutText } from '../cut-text.js';
import type { InteractionText } from './describe-interaction.js';
import { courseActivity, languageMap, lessonActivity, newDraft, type DraftContext } from './draft-context.js';
import { formatXapiDuration } from './format-xapi-duration.js';
import { activityTypes, xapiVerbs } from './xapi-verbs.js';
import type { ActivityDefinition, StatementDraft, XapiResult } from './xapi-statement.js';

/**
 * Longest text answer sent: a reported reflection stays well inside one 64 KB keepalive request
 * even in four-byte characters, beside the statements that travel with it.
 */
const maxTextResponse = 8000;

/**
 * The statement for one answer or decision (standards 3.10, 3.23). Checks, scenario decisions,
 * practice and reported reflections are `answered` a `cmi.interaction`, so that every LRS report
 * of questions lists them: the name is a short title, the description the whole question or
 * situation, the choices carry their texts, all in the course language, so a reader needs no
 * codebook. `result.success` only where the course knows a right answer. Acknowledgements are
 * `accepted`: the learner agreed to a statement, there was nothing to get wrong.
 */
export function interactionDraft(
  context: DraftContext,
  change: { record: InteractionRecord; lesson: { id: string; title: string } },
  text: InteractionText,
): StatementDraft {
  const { record, lesson } = change;
  const id = activityId(context.iri, 'interaction', record.id);
  const name = languageMap(context, text.name);
  const description = languageMap(context, text.description);
  const contextActivities = { parent: [lessonActivity(context, lesson)], grouping: [courseActivity(context)] };
  if (text.kind === 'acknowledgement') {
    const draft = { ...newDraft(context, xapiVerbs.accepted, { objectType: 'Activity', id, definition: { name, description } }), contextActivities };
    // The policy as data beside the readable texts, so an LRS query can find who accepted which version.
    if (!record.policy) return draft;
    const policy = { title: record.policy.title, ...(record.policy.version !== undefined ? { version: record.policy.version } : {}) };
    return { ...draft, result: { extensions: { [extensionIri(context.iri, 'policy')]: policy } } };
  }
  const definition: ActivityDefinition = { type: activityTypes.interaction, name, description, interactionType: record.type };
  const pattern = correctPattern(record);
  if (pattern) definition.correctResponsesPattern = pattern;
  if ((record.type === 'choice' || record.type === 'sequencing') && record.choices?.length) {
    definition.choices = record.choices.map((choice) => ({ id: componentId(choice.id), description: languageMap(context, choice.text) }));
  }
  const result: XapiResult = { response: formatResponse(record) };
  if (record.result !== 'neutral') result.success = record.result === 'correct';
  if (record.latencyMs !== undefined) result.duration = formatXapiDuration(record.latencyMs);
  return { ...newDraft(context, xapiVerbs.answered, { objectType: 'Activity', id, definition }), result, contextActivities };
}

/** xAPI response syntax: `true`/`false`, ids joined by `[,]`, text as is. */
function formatResponse(record: InteractionRecord): string {
  switch (record.type) {
    case 'true-false':
      return trueFalse(record.response[0]);
    case 'fill-in':
    case 'long-fill-in':
      return cutText(record.response.join('\n'), maxTextResponse);
    default:
      return record.response.map(componentId).join('[,]');
  }
}

/**
 * The right answers as patterns: one pattern of all ids together, or one per id when each is
 * right on its own (several recommended choices). None for text answers, or any answer would be
 * marked wrong.
 */
function correctPattern(record: InteractionRecord): string[] | undefined {
  const correct = record.correct;
  if (!correct || correct.length === 0 || record.type === 'fill-in' || record.type === 'long-fill-in') return undefined;
  if (record.type === 'true-false') return [trueFalse(correct[0])];
  const ids = correct.map(componentId);
  return record.correctAlternatives ? ids : [ids.join('[,]')];
}

function trueFalse(value: string | undefined): 'true' | 'false' {
  return /^(t|true|1)$/i.test(value ?? '') ? 'true' : 'false';
}

/** Component ids may hold no white space (standards 3.10); author ids never do, but stay safe. */
function componentId(id: string): string {
  return id.replace(/\s+/g, '_');
}
