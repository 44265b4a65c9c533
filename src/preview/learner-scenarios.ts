import type { RuntimeData, RuntimeScenario } from '../model/runtime-data.js';
import { decodeScenarioState, encodeScenarioState, scenarioPathLimit } from '../runtime/blocks/scenario/scenario-state.js';
import { replayPath } from '../runtime/blocks/engine/replay-path.js';
import { findNode, followRoutes, settle, shownNode } from '../runtime/blocks/engine/scenario-graph.js';
import { scoreScenario } from '../runtime/blocks/engine/score-scenario.js';
import { decodeState, encodeState } from '../runtime/state/state-codec.js';

/** Where a learner is in one scenario, as the inspector shows it. */
export interface ScenarioView {
  id: string;
  title: string;
  /** Title of the lesson the scenario is in. */
  lesson: string;
  /** The node the learner sees when the scenario is shown again. */
  node: { id: string; title?: string; end: boolean };
  /** Every variable, hidden ones too, with its value now. */
  variables: { id: string; label: string; value: number; visible: boolean }[];
  decisions: number;
  done: boolean;
  score?: number;
  /** Every node, for "jump to node". */
  nodes: { id: string; title?: string }[];
}

/**
 * What the learner's saved state (the encoded state the player keeps: SCORM suspend_data, or the
 * `state` of its xAPI State API document) says about each scenario: decoded with the player's own
 * codec and replayed with its own engine, so the preview reads the state the way the player will
 * and the player ships nothing for it.
 */
export function learnerScenarios(data: RuntimeData, saved: string): ScenarioView[] {
  const { state } = decodeState(saved, { state: data.state, course: data.course, lessons: data.lessons });
  return scenariosOf(data).map((scenario) => {
    const progress = decodeScenarioState(state.blocks[scenario.id]);
    const replay = replayPath(scenario, progress.path);
    const shown = shownNode(scenario, replay.current, replay.variables);
    const node = findNode(scenario, shown);
    return {
      id: scenario.id,
      title: scenario.title,
      lesson: data.lessons[scenario.lesson]?.title ?? '',
      node: { id: shown, ...(node?.title ? { title: node.title } : {}), end: node?.end !== undefined },
      variables: scenario.variables.map((v) => ({ id: v.id, label: v.label, value: replay.variables[v.id] ?? v.initial, visible: v.visible })),
      decisions: replay.path.length,
      done: progress.done,
      ...(progress.score !== undefined ? { score: progress.score } : {}),
      nodes: scenario.nodes.map((n) => ({ id: n.id, ...(n.title ? { title: n.title } : {}) })),
    };
  });
}

/**
 * The learner's saved state changed so that scenario `scenarioId` shows node `nodeId`, reached by
 * the fewest decisions from the start (other scenarios and blocks untouched), with the bookmark on
 * its lesson; or undefined when no path leads there.
 */
export function jumpToScenarioNode(data: RuntimeData, saved: string, scenarioId: string, nodeId: string): { state: string; location: string } | undefined {
  const scenario = scenariosOf(data).find((s) => s.id === scenarioId);
  if (!scenario || !findNode(scenario, nodeId)) return undefined;
  const path = shortestPathTo(scenario, nodeId);
  if (!path) return undefined;
  const { state } = decodeState(saved, { state: data.state, course: data.course, lessons: data.lessons });
  const progress = decodeScenarioState(state.blocks[scenario.id]);
  const replay = replayPath(scenario, path);
  const end = findNode(scenario, shownNode(scenario, replay.current, replay.variables))?.end !== undefined;
  const score = end ? scoreScenario(scenario, shownNode(scenario, replay.current, replay.variables), replay.variables) : undefined;
  const jumped = { path, done: progress.done || end, ...(score !== undefined || progress.score !== undefined ? { score: Math.max(score ?? 0, progress.score ?? 0) } : {}) };
  state.blocks[scenario.id] = encodeScenarioState(jumped, scenarioPathLimit(scenario));
  state.lesson = scenario.lesson;
  if (!state.visited.includes(scenario.lesson)) state.visited = [...state.visited, scenario.lesson].sort((a, b) => a - b);
  return { state: encodeState(state, data.state), location: data.lessons[scenario.lesson]?.id ?? '' };
}

function scenariosOf(data: RuntimeData): RuntimeScenario[] {
  return data.blocks.filter((block): block is RuntimeScenario => block.kind === 'scenario');
}

/** Breadth-first over decisions (variables included, since conditions depend on them), within the saved path's length limit. */
function shortestPathTo(scenario: RuntimeScenario, nodeId: string): number[] | undefined {
  const limit = scenarioPathLimit(scenario);
  const seen = new Set<string>();
  let frontier: number[][] = [[]];
  for (let depth = 0; depth <= limit && frontier.length; depth++) {
    const next: number[][] = [];
    for (const path of frontier) {
      const replay = replayPath(scenario, path);
      if (replay.path.length !== path.length) continue;
      if (replay.current === nodeId || followRoutes(scenario, replay.current, replay.variables).includes(nodeId)) return path;
      const at = settle(scenario, replay.current, replay.variables);
      const key = `${at} ${JSON.stringify(replay.variables)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const node = findNode(scenario, at);
      if (!node || node.end) continue;
      node.choices.forEach((_choice, index) => next.push([...path, index]));
    }
    frontier = next;
  }
  return undefined;
}
