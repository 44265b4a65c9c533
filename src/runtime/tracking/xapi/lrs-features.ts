import { coreScriptUrl } from '../../shell/core-script-url.js';
import { createDeferredCode, type DeferredCode } from '../../shell/deferred-code.js';
import type { AnswerStatements } from './answer-statements.js';
import type { StateMerge } from './state-merge.js';
import { featureName as answerStatementsName } from 'feature-name:xapi-answers';
import { featureName as stateMergeName } from 'feature-name:lrs-state-merge';

/** The feature scripts of xAPI and cmi5 packages, which their entries (src/runtime/targets) load through the LRS adapter. */
export interface LrsFeatures {
  /** Writing answers as statements: waits for the first answer (or the prefetch once the learner is reading); no first screen needs it. */
  answers: DeferredCode<AnswerStatements>;
  /** Folding in what another tab or device wrote to the attempt: waits for the LRS to show such a write. */
  merge: DeferredCode<StateMerge>;
}

/** The loaders of the LRS targets' feature scripts, beside the core script of `doc`. */
export function lrsFeatures(doc: Document): LrsFeatures {
  const base = coreScriptUrl(doc);
  return { answers: createDeferredCode(doc, base, answerStatementsName), merge: createDeferredCode(doc, base, stateMergeName) };
}
