import type { InteractionRecord } from '../interaction-record.js';
import type { RuntimeBlock, RuntimeData } from '../../model/runtime-data.js';

/** Blocks whose records are the learner's decisions, governed by `reporting.decisions`. */
const decisionBlocks: readonly RuntimeBlock['kind'][] = ['scenario', 'practice'];

/**
 * Whether a block's record goes to the LMS or LRS under the course's `reporting.decisions`
 * (`RuntimeData.decisions`, absent for `all`). Checks, acknowledgements and reported reflections
 * are always sent: they are what the course asks the learner to know or agree to. Scenario
 * decisions and practice choices follow the setting, because practice techniques are decisions
 * about what to do in a sensitive situation too: `all` sends each of them and no summary;
 * `anonymous-score` only a scenario's one summary record (outcome or score; practice has neither,
 * so it sends nothing); `none` nothing. Completion and the course score are computed from the
 * saved state, not from these records, so they count the blocks whatever is sent.
 */
export function sendsRecord(policy: RuntimeData['decisions'], kind: RuntimeBlock['kind'], record: Pick<InteractionRecord, 'summary'>): boolean {
  if (!decisionBlocks.includes(kind)) return true;
  if (record.summary) return policy === 'anonymous-score';
  return policy === undefined;
}
