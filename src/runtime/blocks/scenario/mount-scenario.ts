import type { BlockHost, MountBlock } from '../../block-api.js';
import { decisionId } from '../../../model/decision-id.js';
import type { RuntimeScenario, RuntimeScenarioChoice, RuntimeScenarioNode } from '../../../model/runtime-data.js';
import { append, h, htmlToText } from '../dom/create-element.js';
import { moveFocus } from '../dom/move-focus.js';
import { visibleClock } from '../dom/visible-clock.js';
import { comparePaths } from '../engine/compare-paths.js';
import { decisionRecord } from '../engine/decision-record.js';
import { replayPath, type Replay } from '../engine/replay-path.js';
import { availableChoices, findNode, followRoutes, nextByRoutes, settle, shownNode, type OfferedChoice } from '../engine/scenario-graph.js';
import { applyEffects, type VariableChange } from '../engine/scenario-variables.js';
import { scoreScenario } from '../engine/score-scenario.js';
import { scenarioSummaryRecord } from '../engine/scenario-summary-record.js';
import { renderConsequence } from './scenario-consequence.js';
import { renderDebrief, renderOutcome } from './scenario-debrief.js';
import { createMeters } from './scenario-meters.js';
import { renderChoices, renderNode, type NodeView } from './scenario-node-view.js';
import { decodeScenarioState, encodeScenarioState, scenarioPathLimit } from './scenario-state.js';

/**
 * Play a scenario inside its static container: one node at a time, the consequence of each
 * decision with its variable changes, meters, and a debrief at the end. Saves the decision path
 * after every decision and reports each decision of the learner's first run (see `choose`).
 */
export const mountScenario: MountBlock<RuntimeScenario> = (element, scenario, host) => {
  if (host.reducedMotion) element.classList.add('cw-still');
  element.querySelector('[data-cw-fallback]')?.remove();
  const meters = createMeters(scenario, host);
  const stage = h('div', { class: 'cw-scenario__stage' });
  const tools = h('div', { class: 'cw-scenario__tools' });
  append(element, meters?.element, stage, tools);
  const clock = visibleClock(element);
  const progress = decodeScenarioState(host.state);
  let replay: Replay = replayPath(scenario, progress.path);
  // A path a new version of the course cut short no longer ends with the decision whose consequence was shown.
  if (replay.path.length !== progress.path.length) delete progress.consequence;
  progress.path = replay.path;
  /** Decisions already reported, as `<decision id> <choice id>`: those of the saved path, and this visit's. */
  const reported = new Set<string>();
  for (const step of replay.steps) {
    const taken = step.choice === undefined ? undefined : findNode(scenario, step.node)?.choices[step.choice];
    if (taken) reported.add(`${decisionId(scenario.id, step.node)} ${taken.id}`);
  }

  const save = (): void => host.save(encodeScenarioState(progress, scenarioPathLimit(scenario)));
  const goTo = (path: number[], at: (r: Replay) => string, message: string): void => {
    progress.path = path;
    delete progress.consequence;
    replay = replayPath(scenario, path);
    save();
    show(at(replay), true);
    host.announce(message);
  };

  function show(nodeId: string, focus: boolean): void {
    const node = findNode(scenario, nodeId);
    meters?.update(replay.variables);
    stage.replaceChildren();
    if (!node) {
      stage.append(h('p', { class: 'cw-scenario__stuck' }, host.t('scenario.stuck')));
    } else {
      const view = renderNode(scenario, node, headingText(node, replay, host));
      stage.append(view.screen);
      fillActions(node, view);
      if (focus) moveFocus(view.heading, host.reducedMotion);
    }
    renderTools();
    if (focus) clock.restart();
  }

  function fillActions(node: RuntimeScenarioNode, view: NodeView): void {
    if (node.end) {
      const outcome = renderOutcome(node, host);
      if (outcome) view.heading.after(outcome);
      const steps = [...replay.steps, ...followRoutes(scenario, replay.current, replay.variables).map((id) => ({ node: id }))];
      view.actions.append(renderDebrief(scenario, comparePaths(scenario, steps), scoreScenario(scenario, node.id, replay.variables), host));
      return;
    }
    const offered = availableChoices(node, replay.variables);
    if (offered.length > 0) {
      view.actions.append(renderChoices(scenario, node, offered, host, (index) => choose(node, offered, index, view)));
      return;
    }
    const next = nextByRoutes(node, replay.variables);
    if (next === undefined) {
      view.actions.append(h('p', { class: 'cw-scenario__stuck' }, host.t('scenario.stuck')));
      return;
    }
    const button = h('button', { type: 'button', class: 'cw-block__button', 'data-cw-action': 'continue' }, host.t('scenario.continue'));
    button.addEventListener('click', () => show(next, true));
    view.actions.append(h('div', { class: 'cw-block__actions' }, button));
  }

  function choose(node: RuntimeScenarioNode, offered: OfferedChoice[], index: number, view: NodeView): void {
    const choice = node.choices[index];
    if (!choice) return;
    const latencyMs = clock.elapsed();
    // Read before this decision can end the run: a decision made after an end was reached is a replay.
    const replaying = progress.done;
    const { changes } = applyEffects(scenario, replay.variables, choice.effects);
    progress.path = [...replay.path, index];
    replay = replayPath(scenario, progress.path);
    const destination = findNode(scenario, settle(scenario, replay.current, replay.variables));
    // The first ending's summary: the host sends it in place of the decisions only under `reporting.decisions: anonymous-score`.
    if (destination?.end && !progress.done) host.report(scenarioSummaryRecord(scenario, destination, replay.variables));
    if (destination?.end) {
      progress.done = true;
      const score = scoreScenario(scenario, destination.id, replay.variables);
      // Keep the best run: exploring a poorer path after a restart must not lower the course score.
      if (score !== undefined) progress.score = Math.max(progress.score ?? 0, score);
    }
    // One interaction row per real attempt (docs/lms-upload-guide.md, "Interactions"). The id names
    // the decision point, the choice is the response. Decisions until the scenario first reaches an
    // end are reported, also those changed by going back a step or starting again (like a check's
    // second try), but choosing again what was already reported at that step adds no identical
    // row. Replays after an end are not reported at all: the report shows how the learner first
    // played it through, and a better replay still raises the score (the best run counts).
    const id = decisionId(scenario.id, node.id);
    if (!replaying && !reported.has(`${id} ${choice.id}`)) {
      reported.add(`${id} ${choice.id}`);
      const description = htmlToText(node.html) || node.title || scenario.title;
      host.report(decisionRecord({ id, node, index, offered, description, latencyMs }));
    }
    const shown = Boolean(choice.consequenceHtml) || changes.some((c) => c.visible);
    if (shown) progress.consequence = true;
    else delete progress.consequence;
    save();
    meters?.update(replay.variables);
    if (!shown) {
      show(replay.current, true);
      return;
    }
    showConsequence(choice, changes, view, true);
  }

  /** The consequence of `choice` in place of the node's choices; kept in the saved state until Continue. */
  function showConsequence(choice: RuntimeScenarioChoice, changes: VariableChange[], view: NodeView, focus: boolean): void {
    const after = renderConsequence(scenario, choice, changes, host, () => {
      delete progress.consequence;
      save();
      show(replay.current, true);
    });
    view.actions.replaceChildren(after.element);
    renderTools();
    if (focus) moveFocus(after.heading, host.reducedMotion);
  }

  /**
   * A learner who left while a consequence was shown (a phone call, a dropped tab) comes back to it:
   * the node of the last decision, with what it brought and Continue. False when it cannot be shown.
   */
  function resumeConsequence(): boolean {
    const before = replayPath(scenario, replay.path.slice(0, -1));
    // Where that decision was made: routes from where the path before it led are followed first.
    const node = findNode(scenario, settle(scenario, before.current, before.variables));
    const choice = node?.choices[replay.path[replay.path.length - 1]!];
    if (!node || !choice || node.end) return false;
    const { changes } = applyEffects(scenario, before.variables, choice.effects);
    meters?.update(replay.variables);
    stage.replaceChildren();
    const view = renderNode(scenario, node, headingText(node, before, host));
    stage.append(view.screen);
    showConsequence(choice, changes, view, false);
    return true;
  }

  function renderTools(): void {
    tools.replaceChildren();
    if (replay.path.length === 0) return;
    if (scenario.allowRewind) {
      tools.append(toolButton(host.t('scenario.rewind'), 'rewind', () =>
        goTo(replay.path.slice(0, -1), (r) => settle(scenario, r.current, r.variables), host.t('scenario.rewound'))));
    }
    if (scenario.allowRestart) {
      tools.append(toolButton(host.t('scenario.restart'), 'restart', () => goTo([], () => scenario.start, host.t('scenario.restarted'))));
    }
  }

  // A learner coming back to a finished scenario sees its ending and debrief, not the step that led
  // there, unless they left while the consequence of the decision that ended it was shown.
  if (!progress.consequence || !resumeConsequence()) show(shownNode(scenario, replay.current, replay.variables), false);
};

function headingText(node: RuntimeScenarioNode, replay: Replay, host: BlockHost): string {
  if (node.title) return node.title;
  if (node.end) return host.t('scenario.end');
  return host.t('scenario.step', { number: replay.path.length + 1 });
}

function toolButton(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'cw-block__button cw-block__button--secondary', 'data-cw-action': action }, label);
  button.addEventListener('click', onClick);
  return button;
}
