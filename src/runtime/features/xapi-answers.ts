/**
 * Feature script of xAPI and cmi5 packages (assets/features/xapi-answers.js): the code that writes
 * answers as statements, loaded by the LRS adapter when the first answer needs it, or prefetched
 * once the learner is reading (src/runtime/tracking/xapi/answer-statements.ts).
 */
import { featureRegistry } from '../shell/deferred-code.js';
import type { AnswerStatements } from '../tracking/xapi/answer-statements.js';
import { describeInteraction } from '../tracking/xapi/describe-interaction.js';
import { interactionDraft } from '../tracking/xapi/interaction-draft.js';
import { featureName } from 'feature-name:xapi-answers';

const code: AnswerStatements = { describeInteraction, interactionDraft };
featureRegistry(window)[featureName] = code;
