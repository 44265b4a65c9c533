export { validateScenario } from './validate-scenario.js';
export { scenarioRules } from './scenario-rules.js';
export type { ScenarioRule, ValidateScenarioOptions } from './scenario-rule.js';
export { bestScenarioScore } from './best-scenario-score.js';
