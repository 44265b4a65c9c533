import type { BlockHost } from '../../block-api.js';
import type { RuntimeScenario, RuntimeScenarioNode } from '../../../model/runtime-data.js';
import { h, htmlBlock } from '../dom/create-element.js';
import type { OfferedChoice } from '../engine/scenario-graph.js';

/** The parts of a rendered node screen the controller fills in and focuses. */
export interface NodeView {
  screen: HTMLElement;
  heading: HTMLElement;
  /** Where choices, Continue, the consequence or the debrief go. */
  actions: HTMLElement;
}

/** Render a node: heading (focus target), speaker, media and narrative. */
export function renderNode(scenario: RuntimeScenario, node: RuntimeScenarioNode, headingText: string): NodeView {
  const headingId = `cw-${scenario.id}-node-${node.id}`;
  const heading = h('h3', { class: 'cw-scenario__heading', id: headingId, tabindex: -1 }, headingText);
  const actions = h('div', { class: 'cw-scenario__actions' });
  const screen = h(
    'div',
    { class: `cw-scenario__screen${node.end ? ' cw-scenario__screen--end' : ''}`, 'data-cw-node': node.id },
    heading,
    node.speaker && renderSpeaker(node.speaker),
    node.media && renderMedia(node.media),
    node.html && htmlBlock('cw-scenario__narrative', node.html),
    actions,
  );
  return { screen, heading, actions };
}

function renderSpeaker(speaker: NonNullable<RuntimeScenarioNode['speaker']>): HTMLElement {
  return h(
    'div',
    { class: 'cw-speaker' },
    // The name is written next to the portrait, so the image itself is decorative.
    speaker.portrait && h('img', { class: 'cw-speaker__portrait', src: speaker.portrait, alt: '', width: 56, height: 56 }),
    h('p', { class: 'cw-speaker__who' }, h('span', { class: 'cw-speaker__name' }, speaker.name), speaker.role && h('span', { class: 'cw-speaker__role' }, speaker.role)),
  );
}

function renderMedia(media: NonNullable<RuntimeScenarioNode['media']>): HTMLElement {
  if (media.kind === 'image') return h('img', { class: 'cw-scenario__media', src: media.src, alt: media.alt ?? '' });
  return h(media.kind, { class: 'cw-scenario__media', src: media.src, controls: true, preload: 'metadata', 'aria-label': media.alt });
}

/** The choices as a list of buttons under a "What do you do?" prompt. */
export function renderChoices(
  scenario: RuntimeScenario,
  node: RuntimeScenarioNode,
  offered: readonly OfferedChoice[],
  host: BlockHost,
  onChoose: (index: number) => void,
): HTMLElement {
  const promptId = `cw-${scenario.id}-prompt-${node.id}`;
  const list = h('ul', { class: 'cw-choices', 'aria-labelledby': promptId });
  for (const { choice, index } of offered) {
    const button = h('button', { type: 'button', class: 'cw-choice', 'data-cw-choice': choice.id });
    button.append(htmlBlock('cw-choice__text', choice.html || escapeText(choice.text), 'span'));
    button.addEventListener('click', () => onChoose(index));
    list.append(h('li', { class: 'cw-choices__item' }, button));
  }
  return h('div', { class: 'cw-scenario__decide' }, h('p', { class: 'cw-scenario__prompt', id: promptId }, host.t('scenario.choose')), list);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
