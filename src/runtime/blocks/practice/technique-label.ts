import type { RuntimePractice } from '../../../model/runtime-data.js';
import { h } from '../dom/create-element.js';
import { techniqueBody } from './practice-scenario.js';

type Technique = RuntimePractice['techniques'][number];

/** A technique as "**Direct** Say …": the label stands out, the text follows. */
export function techniqueLabel(technique: Technique, className: string): HTMLElement {
  const body = techniqueBody(technique);
  return h('span', { class: className }, technique.label && h('strong', { class: 'cw-practice__label' }, technique.label), technique.label && body ? ' ' : '', body);
}
