import type { BlockHost, MountBlock } from '../../block-api.js';
import type { RuntimeAcknowledgement } from '../../../model/runtime-data.js';
import { h } from '../dom/create-element.js';
import { moveFocus } from '../dom/move-focus.js';
import { acknowledgementRecord } from './acknowledgement-record.js';
import { attestationTime, decodeAcknowledgementState, encodeAcknowledgementState } from './acknowledgement-state.js';

/**
 * Hydrate an acknowledgement: tick the box, press Confirm, and the attestation is saved with its
 * time and reported. Once given it shows "Acknowledged on <date>" and cannot be undone here.
 */
export const mountAcknowledgement: MountBlock<RuntimeAcknowledgement> = (element, ack, host) => {
  const box = element.querySelector<HTMLInputElement>('input[type="checkbox"]');
  const confirm = element.querySelector<HTMLButtonElement>('[data-cw-action="confirm"]');
  const status = element.querySelector<HTMLElement>('[data-cw-status]') ?? element.appendChild(h('p', { class: 'cw-ack__status', role: 'status', tabindex: -1 }));
  const progress = decodeAcknowledgementState(host.state);

  const showGiven = (at: string): void => {
    if (box) {
      box.checked = true;
      box.disabled = true;
    }
    if (confirm) confirm.hidden = true;
    element.classList.add('cw-acknowledgement--given');
    status.textContent = host.t('ack.given', { date: formatDate(at, host) });
  };

  confirm?.addEventListener('click', () => {
    if (box && !box.checked) {
      status.textContent = host.t('ack.tickFirst');
      box.focus();
      return;
    }
    const at = attestationTime(new Date());
    // Reported before the state that follows from it is saved: the LMS then hears of the
    // acknowledgement before the completion it may bring (an audit trail reads in that order).
    host.report(acknowledgementRecord(ack));
    host.save(encodeAcknowledgementState({ at }));
    showGiven(at);
    moveFocus(status, host.reducedMotion);
  });
  if (progress.at) showGiven(progress.at);
};

/** The date in the page language, in the learner's time zone. */
function formatDate(iso: string, host: BlockHost): string {
  const date = new Date(iso);
  try {
    const lang = document.documentElement.lang || undefined;
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  } catch {
    return host.t('ack.dateFallback', { date: iso });
  }
}
