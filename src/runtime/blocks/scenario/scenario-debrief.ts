import type { BlockHost } from '../../block-api.js';
import type { RuntimeScenario, RuntimeScenarioNode } from '../../../model/runtime-data.js';
import { h } from '../dom/create-element.js';
import type { PathComparison, PathDecision } from '../engine/compare-paths.js';
import { findNode } from '../engine/scenario-graph.js';
import { choiceContent } from './scenario-consequence.js';

/** The outcome line shown under an end node's heading. */
export function renderOutcome(node: RuntimeScenarioNode, host: BlockHost): HTMLElement | undefined {
  const end = node.end;
  if (!end) return undefined;
  const label = end.outcomeLabel ?? (end.outcome ? host.t(`scenario.outcome.${end.outcome}`) : undefined);
  if (!label) return undefined;
  return h(
    'p',
    { class: `cw-outcome cw-outcome--${end.outcome ?? 'none'}` },
    h('span', { class: 'cw-outcome__label' }, host.t('scenario.outcome')),
    ' ',
    h('span', { class: 'cw-outcome__value' }, label),
  );
}

/** The debrief after an end: score, a summary, and the learner's path next to the recommended one. */
export function renderDebrief(scenario: RuntimeScenario, comparison: PathComparison, score: number | undefined, host: BlockHost): HTMLElement {
  const summary = comparison.followed
    ? host.t('scenario.followed')
    : comparison.differences > 0
      ? host.t(comparison.differences === 1 ? 'scenario.differsOne' : 'scenario.differsMany', { count: comparison.differences })
      : host.t('scenario.otherPath');
  const hasRecommended = comparison.recommended.length > 0;
  return h(
    'div',
    { class: 'cw-debrief' },
    score !== undefined && h('p', { class: 'cw-debrief__score' }, host.t('scenario.score', { score: Math.round(score * 100) })),
    hasRecommended && h('p', { class: 'cw-debrief__summary' }, summary),
    h(
      'div',
      { class: 'cw-debrief__paths' },
      pathList(scenario, 'yours', host.t('scenario.yourPath'), comparison.learner, host),
      hasRecommended && pathList(scenario, 'recommended', host.t('scenario.recommendedPath'), comparison.recommended, host),
    ),
  );
}

/** Stands in for a placeholder so a translated sentence can hold rendered HTML. */
const marker = '\u0000';

/** A translated string split at `marker`, with `node` in its place (translations may move it). */
function withNode(text: string, node: Node): (string | Node)[] {
  const at = text.indexOf(marker);
  return at < 0 ? [text] : [text.slice(0, at), node, text.slice(at + marker.length)];
}

function pathList(scenario: RuntimeScenario, kind: 'yours' | 'recommended', title: string, decisions: readonly PathDecision[], host: BlockHost): HTMLElement {
  const titleId = `cw-${scenario.id}-path-${kind}`;
  const items = decisions.map((d) => {
    const node = findNode(scenario, d.node);
    const choice = node?.choices[d.choice];
    const instead = d.instead !== undefined ? node?.choices[d.instead] : undefined;
    return h(
      'li',
      { class: `cw-debrief__step${instead ? ' cw-debrief__step--differs' : ''}` },
      h('span', { class: 'cw-debrief__choice' }, choice && choiceContent(choice)),
      kind === 'yours' && d.recommended && h('span', { class: 'cw-tag cw-tag--good' }, host.t('scenario.recommendedTag')),
      instead && h('span', { class: 'cw-debrief__instead' }, ...withNode(host.t('scenario.instead', { choice: marker }), choiceContent(instead))),
    );
  });
  return h(
    'div',
    { class: `cw-debrief__path cw-debrief__path--${kind}` },
    h('h4', { class: 'cw-debrief__title', id: titleId }, title),
    items.length > 0 ? h('ol', { class: 'cw-debrief__list', 'aria-labelledby': titleId }, ...items) : h('p', {}, host.t('scenario.noDecisions')),
  );
}
