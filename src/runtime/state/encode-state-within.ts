import type { BlockState } from '../block-state.js';
import type { StateLayout } from '../../model/runtime-data.js';
import type { LearnerState } from './learner-state.js';
import { encodeState } from './state-codec.js';
import { utf8ByteLength } from './utf8-byte-length.js';

/** The encoded state that fits a budget, and what had to be left out to make it fit. */
export interface FittedState {
  /** Encoded state within the budget; undefined when even the smallest form does not fit. */
  text: string | undefined;
  /** Ids of unfinished blocks whose state was left out (the learner redoes them). */
  dropped: string[];
  /** Ids of finished blocks cut down to their done flag and score. */
  reduced: string[];
}

/**
 * Encodes `state` in at most `maxBytes` UTF-8 bytes without ever cutting the text: a cut state
 * cannot be read back and loses everything. When too large it gives up, in order, the least
 * important data: the working state of unfinished blocks, then the details of finished blocks
 * (keeping `d` and `s`, which completion and score need). The bookmark and visited lessons always stay.
 */
export function encodeStateWithin(state: LearnerState, layout: StateLayout, maxBytes: number): FittedState {
  const blocks: Record<string, BlockState> = { ...state.blocks };
  const dropped: string[] = [];
  const reduced: string[] = [];
  const encode = (): string => encodeState({ ...state, blocks }, layout);
  let text = encode();
  if (utf8ByteLength(text) <= maxBytes) return { text, dropped, reduced };

  for (const id of largestFirst(blocks, (block) => block.d !== 1)) {
    delete blocks[id];
    dropped.push(id);
    text = encode();
    if (utf8ByteLength(text) <= maxBytes) return { text, dropped, reduced };
  }
  for (const id of largestFirst(blocks, (block) => Object.keys(block).some((key) => key !== 'd' && key !== 's'))) {
    const { d, s } = blocks[id] as BlockState;
    blocks[id] = s === undefined ? { d } : { d, s };
    reduced.push(id);
    text = encode();
    if (utf8ByteLength(text) <= maxBytes) return { text, dropped, reduced };
  }
  return { text: undefined, dropped, reduced };
}

/** Ids of the blocks that match, biggest saved state first (ties by id, so the result is stable). */
function largestFirst(blocks: Record<string, BlockState>, include: (block: BlockState) => boolean): string[] {
  return Object.keys(blocks)
    .filter((id) => include(blocks[id] as BlockState))
    .map((id) => ({ id, size: utf8ByteLength(JSON.stringify(blocks[id])) }))
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => entry.id);
}
