import type { BlockHost } from '../../block-api.js';
import type { RuntimePractice } from '../../../model/runtime-data.js';
import { h, htmlBlock } from '../dom/create-element.js';
import type { LatencyClock } from '../dom/visible-clock.js';
import { gradeOrder, initialOrder, moveItem } from './practice-order.js';
import type { PracticeProgress } from './practice-state.js';
import { techniqueLabel } from './technique-label.js';

/**
 * Order mode: the learner arranges techniques with Move up / Move down buttons (keyboard and
 * touch alike, no dragging needed), then checks the order against the suggested one.
 */
export function mountPracticeOrder(
  container: HTMLElement,
  practice: RuntimePractice,
  host: BlockHost,
  progress: PracticeProgress,
  save: () => void,
  clock: LatencyClock,
): void {
  const byCode = new Map(practice.techniques.map((t) => [t.code, t]));
  let order = progress.order ?? initialOrder(practice.techniques.map((t) => t.code), practice.id);
  const instructionId = `cw-${practice.id}-instruction`;
  const list = h('ol', { class: 'cw-order', 'aria-labelledby': instructionId });
  const feedback = h('div', { class: 'cw-practice__feedback', role: 'status' });
  const check = h('button', { type: 'button', class: 'cw-block__button', 'data-cw-action': 'check-order' }, host.t('practice.checkOrder'));

  const move = (index: number, delta: -1 | 1): void => {
    const code = order[index];
    const technique = code ? byCode.get(code) : undefined;
    if (!technique) return;
    const next = moveItem(order, index, delta);
    if (next.every((c, i) => c === order[i])) {
      host.announce(host.t(delta < 0 ? 'practice.atTop' : 'practice.atBottom', { label: technique.label }));
      return;
    }
    order = next;
    progress.order = order;
    save();
    render();
    list.querySelector<HTMLButtonElement>(`[data-code="${technique.code}"] [data-move="${delta}"]`)?.focus();
    host.announce(host.t('practice.moved', { label: technique.label, position: index + delta + 1, count: order.length }));
  };

  const render = (): void => {
    list.replaceChildren(
      ...order.map((code, index) => {
        const technique = byCode.get(code);
        if (!technique) return h('li', {});
        const button = (delta: -1 | 1): HTMLButtonElement => {
          const edge = delta < 0 ? index === 0 : index === order.length - 1;
          const b = h(
            'button',
            {
              type: 'button',
              class: 'cw-order__move',
              'data-move': delta,
              'aria-label': host.t(delta < 0 ? 'practice.moveUp' : 'practice.moveDown', { label: technique.label || technique.text }),
              // aria-disabled, not disabled: a disabled button would drop keyboard focus at the edges.
              'aria-disabled': edge ? 'true' : undefined,
            },
            h('span', { 'aria-hidden': 'true' }, delta < 0 ? '\u2191' : '\u2193'),
          );
          b.addEventListener('click', () => move(index, delta));
          return b;
        };
        return h('li', { class: 'cw-order__item', 'data-code': code }, techniqueLabel(technique, 'cw-order__text'), h('span', { class: 'cw-order__moves' }, button(-1), button(1)));
      }),
    );
  };

  const showResult = (): void => {
    const { correct, inPlace, recommended } = gradeOrder(practice, order);
    feedback.replaceChildren(
      h('p', { class: 'cw-practice__verdict' }, correct ? host.t('practice.orderRight') : host.t('practice.orderDifferent', { count: inPlace, total: order.length })),
      h('p', { class: 'cw-practice__suggested-title' }, host.t('practice.suggestedOrder')),
      h(
        'ol',
        { class: 'cw-practice__suggested' },
        ...recommended.map((code) => {
          const technique = byCode.get(code);
          return h('li', {}, technique && techniqueLabel(technique, 'cw-practice__suggested-label'), technique?.feedbackHtml && htmlBlock('cw-practice__feedback-text', technique.feedbackHtml));
        }),
      ),
    );
  };

  check.addEventListener('click', () => {
    const { correct, recommended } = gradeOrder(practice, order);
    // Checking the same order again is not a new attempt: it shows the result and reports nothing.
    if (progress.checked === order.join('')) return showResult();
    progress.order = order;
    progress.checked = order.join('');
    progress.checks += 1;
    progress.done = true;
    const idOf = (code: string): string => byCode.get(code)?.id ?? code;
    host.report({
      id: practice.id,
      type: 'sequencing',
      description: practice.situation,
      response: order.map(idOf),
      correct: recommended.map(idOf),
      result: correct ? 'correct' : 'neutral',
      latencyMs: clock.elapsed(),
      // The author's list order, not the shuffled start: a stable list for every learner's report.
      choices: practice.techniques.map((t) => ({ id: t.id, text: t.label || t.text })),
    });
    // Reported before the state is saved (see mount-acknowledgement).
    save();
    clock.restart();
    showResult();
  });

  render();
  container.append(h('p', { class: 'cw-practice__instruction', id: instructionId }, host.t('practice.orderInstruction')), list, h('div', { class: 'cw-block__actions' }, check), feedback);
  if (progress.checks > 0) showResult();
}
