import type { BlockHost } from '../../block-api.js';
import type { RuntimeScenario } from '../../../model/runtime-data.js';
import type { Variables } from '../engine/evaluate-condition.js';
import { h } from '../dom/create-element.js';

/** The impact meters of a scenario; `update` redraws them from the current variables. */
export interface MeterPanel {
  element: HTMLElement;
  update(variables: Variables): void;
}

/**
 * One labelled meter per visible variable (role=meter with value, range and a spoken value), or
 * undefined when the scenario shows no variables.
 */
export function createMeters(scenario: RuntimeScenario, host: BlockHost): MeterPanel | undefined {
  const shown = scenario.variables.filter((v) => v.visible);
  if (shown.length === 0) return undefined;
  const titleId = `cw-${scenario.id}-meters`;
  const element = h('div', { class: 'cw-meters', role: 'group', 'aria-labelledby': titleId }, h('p', { class: 'cw-meters__title', id: titleId }, host.t('scenario.meters')));
  const parts = shown.map((v) => {
    const labelId = `cw-${scenario.id}-meter-${v.id}`;
    const value = h('span', { class: 'cw-meter__value', 'aria-hidden': 'true' });
    const fill = h('span', { class: 'cw-meter__fill' });
    const bar = h('div', { class: 'cw-meter__track', role: 'meter', 'aria-labelledby': labelId, 'aria-valuemin': v.min, 'aria-valuemax': v.max }, fill);
    // The hint is part of the meter's name, so screen readers hear which way is good too.
    const label = h('span', { class: 'cw-meter__label', id: labelId }, v.label, v.lowerIsBetter && ` ${host.t('scenario.lowerBetter')}`);
    element.append(h('div', { class: `cw-meter${v.lowerIsBetter ? ' cw-meter--lower-better' : ''}` }, h('div', { class: 'cw-meter__head' }, label, value), bar));
    return { variable: v, value, fill, bar };
  });
  return {
    element,
    update(variables) {
      for (const { variable: v, value, fill, bar } of parts) {
        const now = variables[v.id] ?? v.initial;
        const share = v.max > v.min ? ((now - v.min) / (v.max - v.min)) * 100 : 100;
        value.textContent = String(now);
        fill.style.inlineSize = `${Math.max(0, Math.min(100, share))}%`;
        bar.setAttribute('aria-valuenow', String(now));
        bar.setAttribute(
          'aria-valuetext',
          v.min === 0 ? host.t('scenario.meterValue', { value: now, max: v.max }) : host.t('scenario.meterRange', { value: now, min: v.min, max: v.max }),
        );
      }
    },
  };
}
