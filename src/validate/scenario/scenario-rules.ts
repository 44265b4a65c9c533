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

/**
 * The checks that look at one node, one reference or one declaration at a time: they still hold on
 * a scenario with some nodes left out or blank. Run alone on the rest of a scenario whose schema
 * fails in some of its nodes (`parseScenario`), so its other problems show in the same run; the
 * checks of the whole graph (reachability, dead ends, scores) would blame the nodes left out.
 */
export const nodeScenarioRules: readonly ScenarioRule[] = [
  scenarioMissingStart,
  scenarioMissingTarget,
  scenarioEndWithoutOutcome,
  scenarioEndHasChoices,
  scenarioChoicesAndRoutes,
  scenarioDuplicateChoiceId,
  scenarioMediaRecording,
  scenarioInitialOutOfRange,
  scenarioUnknownVariable,
];

/**
 * Every scenario check: those of one node at a time, then the graph's structure, variables and
 * conditions, then scoring and the debrief. (Diagnostics are sorted by place, so this order is not
 * the order they are shown in.)
 */
export const scenarioRules: readonly ScenarioRule[] = [
  ...nodeScenarioRules,
  scenarioUnreachableNode,
  scenarioDeadEnd,
  scenarioNoExitCycle,
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
