import type { SourceLocation } from '../../model/position.js';
import type { Scenario, ScenarioScoring, ScenarioVariable } from '../../model/scenario.js';
import { createDiagnosticSink, type DiagnosticSink } from '../../diagnostics/context.js';
import { nodeScenarioRules, scenarioRules } from '../../validate/scenario/scenario-rules.js';
import { parseYaml, type YamlData } from '../yaml/parse-yaml.js';
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
 * are left to `validateScenario`. When the shape is wrong only within some nodes, the rest of the
 * scenario is still built and checked node by node (`checkScenarioRest`), then dropped.
 */
export function parseScenario(text: string, file: string, sink: DiagnosticSink, options: ParseScenarioOptions = {}): Scenario | undefined {
  const data = parseYaml(text, file, sink, { lines: options.lineOffset ?? 0 });
  if (data.value === undefined) return undefined;
  const input = checkSchema(scenarioSchema, data, sink);
  if (!input) {
    checkScenarioRest(text, file, data, sink, options);
    return undefined;
  }
  return buildScenario(input, text, file, data, sink, options);
}

/** What `checkScenarioRest` left out: nodes made blank, and whether the scenario's id was wrong. */
interface LeftOut {
  blank: ReadonlySet<string>;
  id: boolean;
}

function buildScenario(input: ScenarioInput, text: string, file: string, data: YamlData, sink: DiagnosticSink, options: ParseScenarioOptions, leftOut: LeftOut = { blank: new Set(), id: false }): Scenario | undefined {
  const lineOffset = options.lineOffset ?? 0;
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
  if (!leftOut.id) checkScenarioId(input.id, data.locate(['id']), sink);
  const scenario: Scenario = {
    id: input.id,
    title: input.title,
    start: input.start ?? nodeIds[0]!,
    variables: buildVariables(input, ctx),
    // A blank node stands in for one left out (see checkScenarioRest), quietly: its problems are reported.
    nodes: Object.entries(input.nodes).map(([id, node]) => buildScenarioNode(id, node, leftOut.blank.has(id) ? { ...ctx, sink: createDiagnosticSink() } : ctx)),
    allowRewind: input.allowRewind,
    allowRestart: input.allowRestart,
    at: data.locate([]),
  };
  recordLocation(scenario, 'start', data.locate(input.start === undefined ? ['nodes'] : ['start'], input.start === undefined ? 'key' : 'value'));
  recordLocation(scenario, 'nodes', data.locate(['nodes'], 'key'));
  if (input.scoring) scenario.scoring = buildScoring(input.scoring, scenario, ctx);
  return scenario;
}

/**
 * A scenario whose schema check failed only in some of its nodes, or in fields no node check needs
 * (its title, its scoring), is built again without them, so the problems of its other nodes (a
 * `goto` to no node, an unknown variable, a condition that does not parse, a missing picture) are
 * reported in the same run. A node with anything wrong in it is left blank (no text, choices or
 * routes; its other choices go unchecked until then, as every position must stay true). The rest is
 * checked node by node (`nodeScenarioRules`), not as a graph, which would blame what was left out,
 * unless nothing of the graph was (no node, nor its start or scoring): then every check runs. It
 * is never used, so nothing else sees a scenario with parts missing. Problems with its variables, or
 * anything else that cannot be left out, still stop there.
 */
function checkScenarioRest(text: string, file: string, data: YamlData, sink: DiagnosticSink, options: ParseScenarioOptions): void {
  if (!isMap(data.value) || !isMap(data.value.nodes)) return;
  const nodes: Record<string, unknown> = { ...data.value.nodes };
  const rest: Record<string, unknown> = { ...data.value, nodes };
  const leftOut = { blank: new Set<string>(), id: false };
  // Whether the graph is whole: no node left blank, and its start and scoring as written.
  let whole = true;
  const checked = scenarioSchema.safeParse(rest);
  if (checked.success) return;
  for (const issue of checked.error.issues) {
    const [top, id] = issue.path;
    if (top === 'nodes' && typeof id === 'string' && id in nodes) {
      leftOut.blank.add(id);
      nodes[id] = {};
      whole = false;
    } else if (top === 'title' || top === 'id') {
      // Stand-ins the schema takes (a title must have text): this scenario is never used.
      rest[top] = top === 'title' ? 'untitled' : '';
      leftOut.id ||= top === 'id';
    }
    // Fields no node check reads.
    else if (top === 'start' || top === 'scoring' || top === 'allowRewind' || top === 'allowRestart' || top === 'translation-of') {
      delete rest[top];
      whole &&= top !== 'start' && top !== 'scoring';
    } else return;
  }
  const again = scenarioSchema.safeParse(rest);
  if (!again.success) return;
  const scenario = buildScenario(again.data, text, file, data, sink, options, leftOut);
  // A whole graph (the problem was in its title, id or settings) is checked as one, as it will be once that is mended.
  if (scenario) for (const rule of whole ? scenarioRules : nodeScenarioRules) rule(scenario, sink, {});
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
