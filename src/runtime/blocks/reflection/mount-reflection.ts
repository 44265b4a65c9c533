import { forgetSessionEvent, type MountBlock } from '../../block-api.js';
import type { RuntimeReflection } from '../../../model/runtime-data.js';
import { h } from '../dom/create-element.js';
import { moveFocus } from '../dom/move-focus.js';
import { maxDescription, shorten } from '../engine/decision-record.js';
import { textHash } from '../engine/text-hash.js';
import { decodeReflectionState, encodeReflectionState, reflectionKey } from './reflection-state.js';

/** Wait after the last keystroke before writing to storage. */
const saveDelayMs = 600;

/**
 * Hydrate a reflection: the text is kept on this device as typed, never in the LMS state; it is
 * reported only when the course opted in. The learner can delete it (shared workstations).
 */
export const mountReflection: MountBlock<RuntimeReflection> = (element, reflection, host) => {
  const textarea = element.querySelector<HTMLTextAreaElement>('textarea');
  if (!textarea) return;
  // Device storage never throws; a write says whether the text survives a reload.
  const storage = reflection.session && host.sessionLocal ? host.sessionLocal : host.local;
  const key = reflectionKey;
  const reportedKey = 'reported';
  // A course switched to session-only keeps no earlier copy on the device.
  if (storage !== host.local) {
    host.local.remove(key);
    host.local.remove(reportedKey);
  }
  const progress = decodeReflectionState(host.state);
  // Saving state is not a live region: announcing "saved" on every pause would talk over typing.
  const status = element.querySelector<HTMLElement>('[data-cw-status]') ?? element.appendChild(h('p', { class: 'cw-reflection__status' }));
  // The note under the box was written for a browser that keeps the answer on the device: in one
  // that keeps nothing there, it says so.
  const note = element.querySelector('.cw-reflection__privacy');
  if (note && storage === host.local && storage.memoryOnly) note.textContent = host.t(reflection.report ? 'reflection.reported.noStorage' : 'reflection.private.noStorage');
  const confirm = element.querySelector<HTMLButtonElement>('[data-cw-action="confirm"]');
  const remove = element.querySelector<HTMLButtonElement>('[data-cw-action="delete"]');
  let timer: ReturnType<typeof setTimeout> | undefined;

  textarea.value = storage.get(key) ?? '';
  // The text last reported is marked on the device by its fingerprint, so coming back to it (and
  // leaving again) does not report it once more; a changed text is reported.
  const marked = (text: string): string => String(textHash(text));
  const kept = textarea.value.trim();
  let reported = kept && storage.get(reportedKey) === marked(kept) ? kept : '';

  const markDone = (): void => {
    if (progress.done) return;
    progress.done = true;
    host.save(encodeReflectionState(progress));
  };
  const store = (): void => {
    timer = undefined;
    const text = textarea.value;
    if (text.trim() === '') storage.remove(key);
    // Kept for the session only, it is not "saved on this device": the note above the box says until when.
    else status.textContent = host.t(!storage.set(key, text) ? 'reflection.noStorage' : storage === host.local ? 'reflection.saved' : 'reflection.savedSession');
    // Only a reported reflection counts as done by being written: for a private one, that would tell
    // the LMS (in the saved progress) that the learner wrote something.
    if (reflection.report && !reflection.confirm && text.trim() !== '') markDone();
  };
  const report = (): void => {
    const text = textarea.value.trim();
    if (!reflection.report || text === '' || text === reported) return;
    reported = text;
    storage.set(reportedKey, marked(text));
    host.report({ id: reflection.id, type: 'long-fill-in', description: shorten(reflection.prompt, maxDescription), response: [text], result: 'neutral' });
  };
  const showConfirmed = (): HTMLElement => {
    if (confirm) confirm.hidden = true;
    element.classList.add('cw-reflection--confirmed');
    element.querySelector('.cw-reflection__confirmed')?.remove();
    const confirmed = h('p', { class: 'cw-reflection__confirmed' }, host.t('reflection.confirmed'));
    status.before(confirmed);
    return confirmed;
  };

  textarea.addEventListener('input', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(store, saveDelayMs);
  });
  // `change` fires when the learner leaves the field after editing: report then, not per keystroke.
  textarea.addEventListener('change', () => {
    if (timer !== undefined) clearTimeout(timer);
    // Reported before it is stored as done (see mount-acknowledgement).
    report();
    store();
  });
  // Typing then closing the tab within the save delay must not lose the text, nor (when the course
  // reports reflections) the report; this runs before the shell finishes the session on pagehide.
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      store();
    }
    report();
  });
  confirm?.addEventListener('click', () => {
    report();
    store();
    markDone();
    // The button goes: focus moves to what replaced it (read out there), not to the page's start.
    moveFocus(showConfirmed(), host.reducedMotion);
  });
  const forget = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    textarea.value = '';
    storage.remove(key);
    storage.remove(reportedKey);
    status.textContent = host.t('reflection.deleted');
  };
  remove?.addEventListener('click', () => {
    // An empty box with nothing kept is not "deleted": saying so would claim there was something.
    const kept = textarea.value !== '' || storage.get(key) !== null;
    forget();
    const said = host.t(kept ? 'reflection.deleted' : 'reflection.nothingToDelete');
    status.textContent = said;
    host.announce(said);
    textarea.focus();
  });
  // Kept for the session only: an anonymous learner's Exit ends it (see `forgetSessionEvent`); an
  // empty box says nothing.
  if (storage !== host.local) document.addEventListener(forgetSessionEvent, () => (textarea.value || storage.get(key) !== null) && forget());
  if (reflection.confirm && progress.done) showConfirmed();
};
