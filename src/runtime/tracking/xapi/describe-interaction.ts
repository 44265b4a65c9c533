import type { InteractionRecord } from '../../block-api.js';
import type { PageData, RuntimeBlock, RuntimeBlockOutline } from '../../../model/runtime-data.js';
import { isFullBlock } from '../../../model/block-outline.js';
import { acknowledgedPolicyText } from '../../../model/acknowledged-policy.js';
import { shorten } from '../../blocks/engine/decision-record.js';

/** Longest `definition.name`: a title an LRS report can show in a column. */
const maxName = 100;

/** What an LRS report shows of an interaction: a short title and the full text. */
export interface InteractionText {
  /** The block that reported it, when the course data has it. */
  kind?: RuntimeBlock['kind'];
  name: string;
  description: string;
}

/**
 * The readable title and text of an interaction, from the block that reported it: the record's
 * description is cut to SCORM 2004's 250 characters, while an LRS can show the whole question.
 * A record's id is its block's id, or `<scenario>.<node>` for a scenario's decisions (`decisionId`).
 * A block reports once its lesson is shown, so its full data is in `data` by then (the shell puts
 * each lesson's blocks there as it loads); an outline alone gives the record's own text.
 */
export function describeInteraction(data: Pick<PageData, 'blocks'>, record: InteractionRecord): InteractionText {
  const found = findBlock(data.blocks, record.id);
  const block = found && isFullBlock(found) ? found : undefined;
  const fallback = record.description || record.id;
  switch (block?.kind) {
    case 'check':
      return text(block.kind, block.prompt);
    case 'practice':
      return text(block.kind, block.situation);
    case 'reflection':
      return text(block.kind, block.prompt);
    case 'acknowledgement': {
      if (!block.policy) return text(block.kind, block.statement);
      // The policy and version head both texts: an LRS report shows the name, often alone.
      const agreed = acknowledgedPolicyText(block.policy);
      return { kind: block.kind, name: shorten(agreed, maxName), description: `${agreed} — ${text(block.kind, block.statement).description}` };
    }
    case 'scenario': {
      // The whole scenario's summary (`reporting.decisions: anonymous-score`) names itself.
      if (record.id === block.id) return { kind: block.kind, name: shorten(fallback, maxName), description: fallback };
      const rest = record.id.slice(block.id.length + 1);
      const node = block.nodes.find((n) => rest === n.id);
      // Decisions of one scenario differ by their situation, so the title names it.
      const title = `${block.title}: ${node?.title ?? shorten(fallback, maxName)}`;
      return { kind: block.kind, name: shorten(title, maxName), description: record.situation ?? fallback };
    }
    default:
      return { ...(found ? { kind: found.kind } : {}), name: shorten(fallback, maxName), description: fallback };
  }
}

function text(kind: RuntimeBlock['kind'], full: string): InteractionText {
  const flat = full.replace(/\s+/g, ' ').trim();
  return { kind, name: shorten(flat, maxName), description: flat };
}

/** The block with the longest id that is the record's id or a dotted prefix of it. */
function findBlock(blocks: readonly RuntimeBlockOutline[], id: string): RuntimeBlockOutline | undefined {
  let found: RuntimeBlockOutline | undefined;
  for (const block of blocks) {
    if ((id === block.id || id.startsWith(`${block.id}.`)) && block.id.length > (found?.id.length ?? -1)) found = block;
  }
  return found;
}
