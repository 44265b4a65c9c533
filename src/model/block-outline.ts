import type { RuntimeBlock, RuntimeBlockOutline } from './runtime-data.js';

/** What progress, completion, the score and retakes need of a block: its `RuntimeBlockOutline`. */
export function blockOutline(block: RuntimeBlock): RuntimeBlockOutline {
  const { id, lesson } = block;
  switch (block.kind) {
    case 'check':
      return { kind: block.kind, id, lesson, graded: block.graded };
    case 'acknowledgement':
      return { kind: block.kind, id, lesson, required: block.required };
    case 'scenario':
      return { kind: block.kind, id, lesson, ...(block.scoring ? { scoring: { weight: block.scoring.weight } } : {}) };
    default:
      return { kind: block.kind, id, lesson };
  }
}

/** True when `block` has its full data (its lesson is loaded), not its outline alone. */
export function isFullBlock(block: RuntimeBlockOutline): block is RuntimeBlock {
  switch (block.kind) {
    case 'check':
      return 'options' in block;
    case 'scenario':
      return 'nodes' in block;
    case 'practice':
      return 'techniques' in block;
    case 'reflection':
      return 'prompt' in block;
    case 'acknowledgement':
      return 'statement' in block;
    case 'interview':
      return 'speaker' in block;
  }
}
