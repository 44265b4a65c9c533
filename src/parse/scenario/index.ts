export { parseScenario, type ParseScenarioOptions } from './parse-scenario.js';
export { parseCondition, type ConditionParse } from './parse-condition.js';
export {
  scenarioSchema,
  nodeSchema,
  choiceSchema,
  routeSchema,
  variableSchema,
  scoringSchema,
  speakerSchema,
  scenarioMediaSchema,
  type ScenarioInput,
} from './scenario-schema.js';
export { locationOf } from './scenario-locations.js';
