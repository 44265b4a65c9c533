import type { Scenario, ScenarioNode } from '../model/scenario.js';
import { nodeEdges, nodesById, type ScenarioEdge } from './scenario-edges.js';
import { evaluateCondition, type VariableValues } from './evaluate-condition.js';
import { applyEffects, initialValues } from './scenario-values.js';
import { scenarioScore } from './scenario-score.js';
import { formatCondition } from './format-condition.js';

/** One step of a path: a choice picked at a node, or the route the scenario took there. */
export interface PathStep {
  node: string;
  /** Choice id, when the learner picked. */
  choice?: string;
  /** The choice's text (Markdown source), when the learner picked. */
  text?: string;
  /** 1-based route number, when the scenario routed automatically. */
  route?: number;
  /** The condition of the choice or route, as written, when it has one. */
  when?: string;
  /** The node this step leads to. */
  to: string;
}

/** One way through the scenario from the start to an ending. */
export interface ScenarioPath {
  steps: PathStep[];
  /** The ending reached. */
  end: string;
  outcome: 'positive' | 'mixed' | 'negative' | undefined;
  outcomeLabel?: string;
  /** Variable values at the ending. */
  values: Record<string, number>;
  /** 0–100, when the scenario is scored. */
  score?: number;
}

/** The paths found, and whether the search stopped at its limits before finding them all. */
export interface ScenarioPaths {
  scenario: { id: string; title: string; start: string };
  paths: ScenarioPath[];
  truncated: boolean;
  /**
   * How many times the search did not follow a choice or route a path had already taken: each
   * loop is followed once, so ways that go round a loop again (and endings reached only that way)
   * are not among `paths`. 0 when the scenario has no loop.
   */
  loopsCut: number;
}

/** Limits for {@link enumeratePaths}. */
export interface EnumeratePathsOptions {
  /** Most paths to return (default 1000). */
  limit?: number;
  /** Most choices and routes to try in total, so that huge graphs stay fast (default 250,000). */
  maxSteps?: number;
}

interface Frame {
  node: ScenarioNode;
  values: VariableValues;
  options: ScenarioEdge[];
  next: number;
  /** The edge key that led here, released when the frame is left. */
  via?: string;
}

/**
 * Every path from the start to an ending, in choice order: at each node, each offered choice (its
 * `when` holds for the values so far), or the first route that holds. A path takes each choice or
 * route at most once, so loops are followed once and the search always ends.
 */
export function enumeratePaths(scenario: Scenario, options: EnumeratePathsOptions = {}): ScenarioPaths {
  const limit = options.limit ?? 1000;
  const maxSteps = options.maxSteps ?? 250_000;
  const byId = nodesById(scenario);
  const paths: ScenarioPath[] = [];
  const steps: PathStep[] = [];
  const used = new Set<string>();
  const stack: Frame[] = [];
  let work = 0;
  let loopsCut = 0;

  const enter = (id: string, values: VariableValues, via?: string): boolean => {
    const node = byId.get(id);
    if (!node) return false;
    if (node.end) {
      if (paths.length < limit) paths.push(finish(scenario, node, steps, values));
      return false;
    }
    const offered = offeredEdges(node, values);
    if (!offered.length) return false;
    stack.push({ node, values, options: offered, next: 0, ...(via ? { via } : {}) });
    return true;
  };

  enter(scenario.start, initialValues(scenario));
  while (stack.length && paths.length < limit && work < maxSteps) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.options.length) {
      stack.pop();
      if (frame.via) {
        used.delete(frame.via);
        steps.pop();
      }
      continue;
    }
    const edge = frame.options[frame.next++]!;
    work++;
    const key = `${edge.from}\u0000${edge.kind}\u0000${edge.label}`;
    if (used.has(key)) {
      loopsCut++;
      continue;
    }
    used.add(key);
    steps.push(pathStep(frame.node, edge));
    if (!enter(edge.to, applyEffects(scenario, frame.values, edge.effects), key)) {
      used.delete(key);
      steps.pop();
    }
  }
  const { id, title, start } = scenario;
  return { scenario: { id, title, start }, paths, truncated: stack.length > 0, loopsCut };
}

/** Choices offered at a node for these values, or else the one route that is taken. */
function offeredEdges(node: ScenarioNode, values: VariableValues): ScenarioEdge[] {
  const edges = nodeEdges(node);
  const holds = (edge: ScenarioEdge): boolean => !edge.when || evaluateCondition(edge.when, values);
  if (node.choices.length) return edges.filter((edge) => edge.kind === 'choice' && holds(edge));
  const route = edges.find((edge) => edge.kind === 'route' && holds(edge));
  return route ? [route] : [];
}

function pathStep(node: ScenarioNode, edge: ScenarioEdge): PathStep {
  const step: PathStep =
    edge.kind === 'choice'
      ? { node: node.id, choice: edge.label, text: node.choices.find((choice) => choice.id === edge.label)?.text ?? '', to: edge.to }
      : { node: node.id, route: Number(edge.label), to: edge.to };
  if (edge.when) step.when = edge.whenSource ?? formatCondition(edge.when);
  return step;
}

function finish(scenario: Scenario, node: ScenarioNode, steps: PathStep[], values: VariableValues): ScenarioPath {
  const path: ScenarioPath = { steps: steps.map((step) => ({ ...step })), end: node.id, outcome: node.end?.outcome, values: { ...values } };
  if (node.end?.outcomeLabel !== undefined) path.outcomeLabel = node.end.outcomeLabel;
  const score = scenarioScore(scenario, node.id, values);
  if (score !== undefined) path.score = score;
  return path;
}
