import type { InteractionRecord } from '../../interaction-record.js';
import { acknowledgedPolicyText } from '../../../model/acknowledged-policy.js';
import type { RuntimeAcknowledgement } from '../../../model/runtime-data.js';
import { shorten } from '../engine/decision-record.js';

/** SCORM 2004's limit for an interaction description. */
const maxDescription = 250;

/**
 * What an acknowledgement reports; the time goes with it (SCORM `time`/`timestamp`, the xAPI
 * statement's `timestamp`). Without a named policy: `true-false`, `true`. With one, the response
 * is `Acknowledged: <title>, version <version>` as `fill-in` text, because a SCORM 1.2 report
 * shows only the id and the response: so every standard's report says which policy and version
 * the learner agreed to. The description adds the statement, and `policy` gives the xAPI adapter
 * the title and version as data.
 */
export function acknowledgementRecord(ack: Pick<RuntimeAcknowledgement, 'id' | 'statement' | 'policy'>): InteractionRecord {
  if (!ack.policy) return { id: ack.id, type: 'true-false', description: ack.statement, response: ['true'], result: 'neutral' };
  const text = acknowledgedPolicyText(ack.policy);
  return {
    id: ack.id,
    type: 'fill-in',
    description: shorten(`${text} — ${ack.statement}`, maxDescription),
    response: [text],
    result: 'neutral',
    policy: { ...ack.policy },
  };
}
