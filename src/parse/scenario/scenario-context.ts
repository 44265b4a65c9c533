import type { SourceLocation } from '../../model/position.js';
import type { WhenContext } from './parse-when.js';

/** Everything the scenario builders share while turning checked YAML into the model. */
export interface ScenarioContext extends WhenContext {
  file: string;
  /** Turns a path relative to the YAML file into a course-relative one; undefined drops the reference. */
  resolvePath: (relative: string, at: SourceLocation) => string | undefined;
}
