import type { ScenarioRule } from './scenario-rule.js';
import { scenarioMissingStart } from './scenario-missing-start.js';
import { scenarioMissingTarget } from './scenario-missing-target.js';
import { scenarioUnreachableNode } from './scenario-unreachable-node.js';
import { scenarioDeadEnd } from './scenario-dead-end.js';
import { scenarioNoExitCycle } from './scenario-no-exit-cycle.js';
import { scenarioEndWithoutOutcome } from './scenario-end-without-outcome.js';
import { scenarioEndHasChoices } from './scenario-end-has-choices.js';
import { scenarioChoicesAndRoutes } from './scenario-choices-and-routes.js';
import { scenarioDuplicateChoiceId } from './scenario-duplicate-choice-id.js';
import { scenarioInitialOutOfRange } from './scenario-initial-out-of-range.js';
import { scenarioUnknownVariable } from './scenario-unknown-variable.js';
import { scenarioVariableNeverSet } from './scenario-variable-never-set.js';
import { scenarioVariableUnused } from './scenario-variable-unused.js';
import { scenarioConditionNeverHolds } from './scenario-condition-never-holds.js';
import { scenarioRouteNeverTaken } from './scenario-route-never-taken.js';
import { scenarioNodeStuck } from './scenario-node-stuck.js';
import { scenarioChoiceNoFallback } from './scenario-choice-no-fallback.js';
import { scenarioRouteNoFallback } from './scenario-route-no-fallback.js';
import { scenarioScoreNotEnd } from './scenario-score-not-end.js';
import { scenarioEndWithoutScore } from './scenario-end-without-score.js';
import { scenarioPassingImpossible } from './scenario-passing-impossible.js';
import { scenarioNoRecommendedPath } from './scenario-no-recommended-path.js';
import { scenarioMediaRecording } from './scenario-media-recording.js';

/** Every scenario check, structure first, then variables and conditions, then scoring and the debrief. */
export const scenarioRules: readonly ScenarioRule[] = [
  scenarioMissingStart,
  scenarioMissingTarget,
  scenarioUnreachableNode,
  scenarioDeadEnd,
  scenarioNoExitCycle,
  scenarioEndWithoutOutcome,
  scenarioEndHasChoices,
  scenarioChoicesAndRoutes,
  scenarioDuplicateChoiceId,
  scenarioMediaRecording,
  scenarioInitialOutOfRange,
  scenarioUnknownVariable,
  scenarioVariableNeverSet,
  scenarioVariableUnused,
  scenarioConditionNeverHolds,
  scenarioRouteNeverTaken,
  scenarioNodeStuck,
  scenarioChoiceNoFallback,
  scenarioRouteNoFallback,
  scenarioScoreNotEnd,
  scenarioEndWithoutScore,
  scenarioPassingImpossible,
  scenarioNoRecommendedPath,
];
