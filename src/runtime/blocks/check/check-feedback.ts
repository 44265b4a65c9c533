import type { BlockHost } from '../../block-api.js';
import type { RuntimeCheck } from '../../../model/runtime-data.js';
import { h, htmlBlock } from '../dom/create-element.js';
import { attemptsLeft, gradeCheck } from './grade-check.js';

/**
 * The feedback after an attempt: right or not, the feedback of each selected option, then either
 * the tries left or, once finished without the right answer, the right answer itself.
 */
export function renderCheckFeedback(check: RuntimeCheck, selected: readonly string[], attemptsUsed: number, finished: boolean, host: BlockHost): Node[] {
  const { correct, rightCodes } = gradeCheck(check, selected);
  const nodes: Node[] = [
    h('p', { class: `cw-check__verdict cw-check__verdict--${correct ? 'right' : 'wrong'}` }, host.t(correct ? 'check.correct' : 'check.incorrect')),
  ];
  for (const option of check.options) {
    if (!selected.includes(option.code) || !option.feedbackHtml) continue;
    nodes.push(h('div', { class: 'cw-check__feedback' }, h('p', { class: 'cw-check__feedback-option' }, option.text), htmlBlock('cw-check__feedback-text', option.feedbackHtml)));
  }
  const left = attemptsLeft(check, attemptsUsed);
  if (finished && !correct) {
    const answer = check.options.filter((o) => rightCodes.includes(o.code)).map((o) => o.text).join('; ');
    nodes.push(h('p', { class: 'cw-check__reveal' }, host.t('check.reveal', { answer })));
  } else if (!finished && left !== undefined) {
    nodes.push(h('p', { class: 'cw-check__attempts' }, left === 1 ? host.t('check.attemptsLeftOne') : host.t('check.attemptsLeftMany', { count: left })));
  } else if (!finished) {
    nodes.push(h('p', { class: 'cw-check__attempts' }, host.t('check.tryAgain')));
  }
  return nodes;
}

/**
 * Mark options once the check is finished: the learner's answers as right or not, and the right
 * answers they missed. Marks are words, not only colours.
 */
export function markOptions(element: HTMLElement, check: RuntimeCheck, selected: readonly string[], host: BlockHost): void {
  for (const option of check.options) {
    const item = element.querySelector<HTMLElement>(`[data-code="${option.code}"]`);
    if (!item) continue;
    item.querySelector('.cw-check__mark')?.remove();
    const chosen = selected.includes(option.code);
    const key = chosen ? (option.correct ? 'check.markRight' : 'check.markWrong') : option.correct ? 'check.markMissed' : undefined;
    if (!key) continue;
    item.classList.add(option.correct ? 'cw-check__option--right' : 'cw-check__option--wrong');
    item.append(h('span', { class: 'cw-check__mark' }, host.t(key)));
  }
}
