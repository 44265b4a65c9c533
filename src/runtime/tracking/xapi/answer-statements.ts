import type { describeInteraction } from './describe-interaction.js';
import type { interactionDraft } from './interaction-draft.js';

/**
 * What writes a learner's answers as xAPI statements: a feature script of its own
 * (src/runtime/features/xapi-answers.ts), since no first screen needs it, only an answer does.
 */
export interface AnswerStatements {
  describeInteraction: typeof describeInteraction;
  interactionDraft: typeof interactionDraft;
}

/** Its feature name: assets/features/xapi-answers.js in xAPI and cmi5 packages. */
export const answerStatementsName = 'xapi-answers';
