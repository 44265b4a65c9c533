import type { MountBlock } from '../../block-api.js';
import type { RuntimeCheck } from '../../../model/runtime-data.js';
import { h } from '../dom/create-element.js';
import { moveFocus } from '../dom/move-focus.js';
import { visibleClock } from '../dom/visible-clock.js';
import { markOptions, renderCheckFeedback } from './check-feedback.js';
import { decodeCheckState, encodeCheckState } from './check-state.js';
import { checkFinished, checkRecord, gradeCheck } from './grade-check.js';

/**
 * Hydrate a knowledge check: the static fieldset's inputs become the answer, Check grades it,
 * feedback goes to a live region, and the check locks once right or out of attempts.
 */
export const mountCheck: MountBlock<RuntimeCheck> = (element, check, host) => {
  const inputs = Array.from(element.querySelectorAll<HTMLInputElement>('input[value]'));
  // Older pages rendered checkboxes for every check; one answer means radio buttons.
  if (check.type !== 'multiple') for (const input of inputs) input.type = 'radio';
  const button = element.querySelector<HTMLButtonElement>('[data-cw-action="check"]');
  const result = h('div', { class: 'cw-check__result', role: 'status', tabindex: -1 });
  const clock = visibleClock(element);
  const progress = decodeCheckState(check, host.state);
  const selection = (): string[] => inputs.filter((i) => i.checked).map((i) => i.value);
  let checkedAt = 0;

  const show = (finished: boolean): void => {
    result.replaceChildren(...renderCheckFeedback(check, progress.selected, progress.attempts, finished, host));
    if (finished) {
      for (const input of inputs) input.disabled = true;
      if (button) button.hidden = true;
      markOptions(element, check, progress.selected, host);
      element.classList.add('cw-check--locked');
    }
  };

  for (const input of inputs) input.checked = progress.selected.includes(input.value);
  if (progress.attempts > 0) show(progress.done);
  element.append(result);

  button?.addEventListener('click', () => {
    const selected = selection();
    if (selected.length === 0) {
      result.replaceChildren(h('p', { class: 'cw-check__verdict' }, host.t('check.noSelection')));
      return;
    }
    // The same answer again is not a new attempt. A double click is let be; a press a moment later
    // is told what to do, or the button would seem broken.
    if (progress.attempts > 0 && sameCodes(selected, progress.selected)) {
      if (Date.now() - checkedAt > doubleClickMs) {
        result.querySelector('.cw-check__nudge')?.remove();
        result.append(h('p', { class: 'cw-check__nudge' }, host.t('check.tryAgain')));
      }
      return;
    }
    checkedAt = Date.now();
    const { correct } = gradeCheck(check, selected);
    progress.attempts += 1;
    progress.selected = selected;
    progress.done = checkFinished(check, progress.attempts, correct);
    if (check.graded) progress.score = correct ? 1 : 0;
    // The answer first, then the state (and the result it may bring): see mount-acknowledgement.
    host.report(checkRecord(check, selected, clock.elapsed()));
    host.save(encodeCheckState(progress));
    clock.restart();
    show(progress.done);
    if (progress.done) moveFocus(result, host.reducedMotion);
  });
};

/** Presses closer together than this are one press made twice. */
const doubleClickMs = 600;

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}
