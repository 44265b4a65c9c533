import type { BlockState } from '../block-state.js';
import type { RuntimeBlock, RuntimeData } from '../../model/runtime-data.js';
import { encodeAcknowledgementState } from '../blocks/acknowledgement/acknowledgement-state.js';
import { encodeCheckState, maxCountSaved } from '../blocks/check/check-state.js';
import { encodeInterviewState } from '../blocks/interview/interview-state.js';
import { encodePracticeState } from '../blocks/practice/practice-state.js';
import { encodeReflectionState } from '../blocks/reflection/reflection-state.js';
import { encodeScenarioState, scenarioPathLimit } from '../blocks/scenario/scenario-state.js';
import type { LearnerState } from './learner-state.js';

/**
 * The largest state a block can save, made with the block's own encoder from the largest progress
 * it can reach, so the build can prove a course's state fits its target (src/validate/state-budget.ts).
 * A new field in a block's saved state must be given its largest value here too.
 */
export function worstCaseBlockState(block: RuntimeBlock): BlockState {
  switch (block.kind) {
    case 'interview':
      return encodeInterviewState({ done: true });
    case 'reflection':
      return encodeReflectionState({ done: true });
    case 'acknowledgement':
      return encodeAcknowledgementState({ at: '2000-01-01T00:00:00Z' });
    case 'check': {
      const codes = block.options.map((o) => o.code);
      return encodeCheckState({ attempts: maxCountSaved, selected: block.type === 'multiple' ? codes : codes.slice(0, 1), done: true, ...(block.graded ? { score: 1, retake: maxCountSaved } : {}) });
    }
    case 'practice': {
      const codes = block.techniques.map((t) => t.code);
      return block.mode === 'order'
        ? encodePracticeState({ tried: [], order: codes, checked: codes.join(''), checks: maxCountSaved, done: true })
        : encodePracticeState({ tried: codes, checks: 0, done: true });
    }
    case 'scenario': {
      const limit = scenarioPathLimit(block);
      // Every choice code is one character; 0.99 is the longest score two decimals give.
      return encodeScenarioState({ path: new Array<number>(limit).fill(0), done: true, ...(block.scoring ? { score: 0.99 } : {}), consequence: true }, limit);
    }
  }
}

/** The learner state of someone on the last lesson, with every lesson opened and every block at its largest. */
export function worstCaseState(data: Pick<RuntimeData, 'lessons' | 'blocks'>): LearnerState {
  const blocks: Record<string, BlockState> = {};
  for (const block of data.blocks) blocks[block.id] = worstCaseBlockState(block);
  return { lesson: Math.max(0, data.lessons.length - 1), visited: data.lessons.map((_lesson, index) => index), blocks };
}
