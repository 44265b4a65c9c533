import type { BlockHost } from '../../block-api.js';
import type { RuntimePractice } from '../../../model/runtime-data.js';
import { append, h, htmlBlock } from '../dom/create-element.js';
import type { LatencyClock } from '../dom/visible-clock.js';
import { decisionRecord } from '../engine/decision-record.js';
import { availableChoices } from '../engine/scenario-graph.js';
import { practiceChooseDone, practiceScenario } from './practice-scenario.js';
import type { PracticeProgress } from './practice-state.js';
import { techniqueLabel } from './technique-label.js';

/**
 * Choose mode: each technique is a decision on the scenario engine. The learner may try several,
 * sees the feedback of each, and is done once a good fit was tried (or all were).
 */
export function mountPracticeChoose(
  container: HTMLElement,
  practice: RuntimePractice,
  host: BlockHost,
  progress: PracticeProgress,
  save: () => void,
  clock: LatencyClock,
): void {
  const scenario = practiceScenario(practice);
  const node = scenario.nodes[0];
  if (!node) return;
  const offered = availableChoices(node, {});
  const instructionId = `cw-${practice.id}-instruction`;
  const feedback = h('div', { class: 'cw-practice__feedback', role: 'status' });
  const list = h('ul', { class: 'cw-choices', 'aria-labelledby': instructionId });

  const tag = (code: string): HTMLElement | undefined => {
    if (!progress.tried.includes(code)) return undefined;
    const good = practice.techniques.find((t) => t.code === code)?.recommended;
    return h('span', { class: `cw-tag ${good ? 'cw-tag--good' : 'cw-tag--other'}` }, host.t(good ? 'practice.triedGood' : 'practice.triedOther'));
  };
  const showFeedback = (code: string): void => {
    const technique = practice.techniques.find((t) => t.code === code);
    if (!technique) return;
    feedback.replaceChildren();
    append(
      feedback,
      h('p', { class: 'cw-practice__verdict' }, h('strong', {}, technique.label || technique.text), ' ', host.t(technique.recommended ? 'practice.goodFit' : 'practice.otherFit')),
      technique.feedbackHtml && htmlBlock('cw-practice__feedback-text', technique.feedbackHtml),
      progress.done && h('p', { class: 'cw-practice__done' }, host.t('practice.chooseDone')),
    );
  };

  for (const { choice, index } of offered) {
    const technique = practice.techniques[index];
    if (!technique) continue;
    const button = h('button', { type: 'button', class: 'cw-choice', 'data-cw-choice': choice.id }, techniqueLabel(technique, 'cw-choice__text'), tag(technique.code));
    button.addEventListener('click', () => {
      if (!progress.tried.includes(technique.code)) {
        progress.tried.push(technique.code);
        progress.done = progress.done || practiceChooseDone(practice, progress.tried);
        const record = decisionRecord({ id: practice.id, node, index, offered, description: practice.situation, latencyMs: clock.elapsed() });
        // Trying a less suited technique is practice, not a wrong answer. Reported before the state is saved (see mount-acknowledgement).
        host.report({ ...record, result: record.result === 'incorrect' ? 'neutral' : record.result });
        save();
        button.querySelector('.cw-tag')?.remove();
        const mark = tag(technique.code);
        if (mark) button.append(mark);
      }
      clock.restart();
      showFeedback(technique.code);
    });
    list.append(h('li', { class: 'cw-choices__item' }, button));
  }
  container.append(h('p', { class: 'cw-practice__instruction', id: instructionId }, host.t('practice.chooseInstruction')), list, feedback);
  const last = progress.tried[progress.tried.length - 1];
  if (last) showFeedback(last);
}
