import type { SourceLocation } from '../../model/position.js';
import type { Scenario, ScenarioScoring, ScenarioVariable } from '../../model/scenario.js';
import type { DiagnosticSink } from '../../diagnostics/context.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { checkSchema } from '../yaml/check-schema.js';
import { scenarioSchema, type ScenarioInput } from './scenario-schema.js';
import type { ScenarioContext } from './scenario-context.js';
import { buildScenarioNode } from './build-scenario-node.js';
import { checkScenarioId } from './check-scenario-id.js';
import { parseWhen } from './parse-when.js';
import { recordLocation } from './scenario-locations.js';

/** Options for {@link parseScenario}. */
export interface ParseScenarioOptions {
  /** Lines above the YAML in its file, for inline ```yaml blocks in lessons (default 0). */
  lineOffset?: number;
  /**
   * Turns a media or portrait path, relative to the YAML file, into a course-relative path; returns
   * undefined (after reporting) when the file is missing, which drops the reference. Default: identity.
   */
  resolvePath?: (relative: string, at: SourceLocation) => string | undefined;
}

/**
 * Parse scenario YAML into the Scenario model, reporting syntax, schema, id and condition problems
 * at their line and column. Returns undefined when the YAML or its shape is unusable; graph problems
 * are left to `validateScenario`.
 */
export function parseScenario(text: string, file: string, sink: DiagnosticSink, options: ParseScenarioOptions = {}): Scenario | undefined {
  const lineOffset = options.lineOffset ?? 0;
  const data = parseYaml(text, file, sink, { lines: lineOffset });
  if (data.value === undefined) return undefined;
  const input = checkSchema(scenarioSchema, data, sink);
  if (!input) return undefined;
  const ctx: ScenarioContext = {
    data,
    lines: text.split('\n'),
    lineOffset,
    sink,
    file,
    resolvePath: options.resolvePath ?? ((relative) => relative),
  };
  const nodeIds = Object.keys(input.nodes);
  if (nodeIds.length === 0) {
    sink.report('schema-invalid-value', { at: data.locate(['nodes']), values: { field: 'nodes', reason: 'expected at least one node' } });
    return undefined;
  }
  checkScenarioId(input.id, data.locate(['id']), sink);
  const scenario: Scenario = {
    id: input.id,
    title: input.title,
    start: input.start ?? nodeIds[0]!,
    variables: buildVariables(input, ctx),
    nodes: Object.entries(input.nodes).map(([id, node]) => buildScenarioNode(id, node, ctx)),
    allowRewind: input.allowRewind,
    allowRestart: input.allowRestart,
    at: data.locate([]),
  };
  recordLocation(scenario, 'start', data.locate(input.start === undefined ? ['nodes'] : ['start'], input.start === undefined ? 'key' : 'value'));
  recordLocation(scenario, 'nodes', data.locate(['nodes'], 'key'));
  if (input.scoring) scenario.scoring = buildScoring(input.scoring, scenario, ctx);
  return scenario;
}

function buildVariables(input: ScenarioInput, ctx: ScenarioContext): ScenarioVariable[] {
  return Object.entries(input.variables).map(([id, raw]) => {
    const at = ctx.data.locate(['variables', id], 'key');
    checkScenarioId(id, at, ctx.sink);
    const variable: ScenarioVariable = { id, label: raw.label, initial: raw.initial ?? raw.min, min: raw.min, max: raw.max, visible: raw.visible, better: raw.better, at };
    for (const field of ['initial', 'min', 'max']) {
      recordLocation(variable, field, ctx.data.locate(['variables', id, field]));
    }
    return variable;
  });
}

function buildScoring(raw: NonNullable<ScenarioInput['scoring']>, scenario: Scenario, ctx: ScenarioContext): ScenarioScoring {
  const scoring: ScenarioScoring = {
    ends: { ...raw.ends },
    weight: raw.weight,
    thresholds: raw.thresholds.map((threshold, index) => {
      const path = ['scoring', 'thresholds', index];
      const { when, whenSource, whenAt } = parseWhen(threshold.when, [...path, 'when'], ctx);
      // An unreadable threshold never holds; the condition error already stops the build.
      return { when: when ?? { kind: 'or', terms: [] }, whenSource, points: threshold.points, at: whenAt };
    }),
  };
  recordLocation(scoring, 'scoring', ctx.data.locate(['scoring'], 'key'));
  for (const id of Object.keys(raw.ends)) {
    recordLocation(scoring, `ends.${id}`, ctx.data.locate(['scoring', 'ends', id], 'key'));
  }
  for (const node of scenario.nodes) {
    const score = raw.ends[node.id];
    if (node.end && score !== undefined) node.end.score = score;
  }
  return scoring;
}
