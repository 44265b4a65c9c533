import type { Scenario } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';

/** Course-level facts some scenario rules need. */
export interface ValidateScenarioOptions {
  /** The course's masteryScore (0–100), if it has one. */
  masteryScore?: number;
}

/** One static check of a scenario; reports through the sink and never throws on bad content. */
export type ScenarioRule = (scenario: Scenario, sink: DiagnosticSink, options: ValidateScenarioOptions) => void;
