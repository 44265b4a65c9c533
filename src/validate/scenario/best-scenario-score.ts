import type { Scenario } from '../../model/scenario.js';
import { analyseScenario } from './scenario-analysis.js';
import { conditionTruth } from './condition-truth.js';
import { scenarioScore } from '../../graph/scenario-score.js';

/**
 * The best score (0–100) a learner can reach: exact when the scenario is small enough to walk every
 * state; otherwise an upper bound (each reachable ending's score plus every positive threshold that can
 * hold there and every negative one that must). Undefined when not scored or no ending can be reached.
 */
export function bestScenarioScore(scenario: Scenario): number | undefined {
  const scoring = scenario.scoring;
  if (!scoring) return undefined;
  const { byId, values, domains } = analyseScenario(scenario);
  let best: number | undefined;
  const better = (score: number): void => void (best = best === undefined ? score : Math.max(best, score));
  for (const node of byId.values()) {
    const set = values.get(node.id);
    if (!node.end || !set) continue;
    if (set.states) {
      for (const state of set.states) better(scenarioScore(scenario, node.id, state) ?? 0);
      continue;
    }
    let score = scoring.ends[node.id] ?? 0;
    for (const threshold of scoring.thresholds) {
      const truth = conditionTruth(threshold.when, set.box, domains);
      if (threshold.points > 0 ? truth.canHold : !truth.canFail) score += threshold.points;
    }
    better(Math.min(100, Math.max(0, score)));
  }
  return best;
}
