import type { MountBlock } from '../../block-api.js';
import type { RuntimePractice } from '../../../model/runtime-data.js';
import { h } from '../dom/create-element.js';
import { visibleClock } from '../dom/visible-clock.js';
import { mountPracticeChoose } from './mount-practice-choose.js';
import { mountPracticeOrder } from './mount-practice-order.js';
import { decodePracticeState, encodePracticeState } from './practice-state.js';

/** Replace the static technique list with the interactive choose or order exercise. */
export const mountPractice: MountBlock<RuntimePractice> = (element, practice, host) => {
  if (host.reducedMotion) element.classList.add('cw-still');
  const container = h('div', { class: `cw-practice__play cw-practice__play--${practice.mode}` });
  const fallback = element.querySelector('[data-cw-static]');
  if (fallback) fallback.replaceWith(container);
  else element.append(container);
  const progress = decodePracticeState(practice, host.state);
  const save = (): void => host.save(encodePracticeState(progress));
  const clock = visibleClock(element);
  if (practice.mode === 'order') mountPracticeOrder(container, practice, host, progress, save, clock);
  else mountPracticeChoose(container, practice, host, progress, save, clock);
};
