import type { describeInteraction } from './describe-interaction.js';
import type { interactionDraft } from './interaction-draft.js';

/**
 * What writes a learner's answers as xAPI statements: a feature script of its own
 * (src/runtime/features/xapi-answers.ts, assets/features/xapi-answers.js in the packages of the
 * targets that import its name, `feature-name:xapi-answers`), since no first screen needs it, only
 * an answer does.
 */
export interface AnswerStatements {
  describeInteraction: typeof describeInteraction;
  interactionDraft: typeof interactionDraft;
}
