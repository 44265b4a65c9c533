import type { BlockHost } from '../../block-api.js';
import type { RuntimeScenario, RuntimeScenarioChoice } from '../../../model/runtime-data.js';
import { h, htmlBlock } from '../dom/create-element.js';
import type { VariableChange } from '../engine/scenario-variables.js';

/** What follows a decision: what was chosen, what happened, what changed, and Continue. */
export function renderConsequence(
  scenario: RuntimeScenario,
  choice: RuntimeScenarioChoice,
  changes: readonly VariableChange[],
  host: BlockHost,
  onContinue: () => void,
): { element: HTMLElement; heading: HTMLElement } {
  const heading = h('h4', { class: 'cw-consequence__heading', tabindex: -1 }, host.t('scenario.consequence'));
  const shown = changes.filter((c) => c.visible);
  const changesId = `cw-${scenario.id}-changes`;
  const next = h('button', { type: 'button', class: 'cw-block__button', 'data-cw-action': 'continue' }, host.t('scenario.continue'));
  next.addEventListener('click', onContinue);
  const element = h(
    'div',
    { class: 'cw-scenario__after' },
    h('p', { class: 'cw-scenario__chosen' }, h('span', { class: 'cw-scenario__chosen-label' }, host.t('scenario.youChose')), ' ', choiceContent(choice)),
    h(
      'div',
      { class: 'cw-consequence' },
      heading,
      choice.consequenceHtml && htmlBlock('cw-consequence__text', choice.consequenceHtml),
      shown.length > 0 && h('p', { class: 'cw-changes__title', id: changesId }, host.t('scenario.changes')),
      shown.length > 0 && h('ul', { class: 'cw-changes', 'aria-labelledby': changesId }, ...shown.map((c) => h('li', { class: changeClass(c) }, changeText(c, host)))),
      h('div', { class: 'cw-block__actions' }, next),
    ),
  );
  return { element, heading };
}

/** A choice's rendered text (inline HTML), or its text when the renderer gave none. */
export function choiceContent(choice: Pick<RuntimeScenarioChoice, 'html' | 'text'>): Node {
  return choice.html ? htmlBlock('cw-choice__content', choice.html, 'span') : document.createTextNode(choice.text);
}

/**
 * "Team trust +10", "Team trust −10" (a true minus sign), or a note that the limit was reached. A
 * meter where lower is better says which way the change went in words ("Risk of harm +10 (worse)"),
 * so nobody has to read a rise as good or bad from its colour.
 */
export function changeText(change: VariableChange, host: Pick<BlockHost, 't'>): string {
  if (change.actual === 0) return host.t('scenario.changeLimit', { label: change.label });
  const key = change.actual > 0 ? 'scenario.changeUp' : 'scenario.changeDown';
  const text = host.t(key, { label: change.label, amount: Math.abs(change.actual) });
  return change.lowerIsBetter ? host.t(change.actual > 0 ? 'scenario.changeWorse' : 'scenario.changeBetter', { change: text }) : text;
}

function changeClass(change: VariableChange): string {
  const way = change.actual > 0 ? 'up' : change.actual < 0 ? 'down' : 'none';
  return `cw-change cw-change--${way}`;
}
