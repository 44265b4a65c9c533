import { forgetSessionEvent } from '../block-api.js';
import type { KeyValueStore } from '../storage/key-value-store.js';

/** The ticks of the checklists in lesson text. */
export interface ChecklistTicks {
  /** Gives the boxes of a lesson just shown the ticks the learner left in them. */
  restore(section: Element, lessonId: string): void;
}

/**
 * The checklists in lesson text (task lists, which the build makes tickable: `tickableTaskLists`)
 * keep the learner's ticks on this device, never in the learning system: they are the learner's
 * own, like a reflection's text, and say nothing the course tracks. A box is known by its lesson
 * and its words' key (`data-cw-tick`; a second item with the same words in the lesson by its
 * place among them), and holds `1` or `0` once the learner changed it; until then it shows what
 * the author wrote (`[x]` ticked). `store` is the learner's device storage, or the window's
 * session storage when the course keeps what learners write for themselves only until the window
 * closes; then an anonymous learner's Exit clears the ticks too (`forgetSessionEvent`).
 */
export function createChecklistTicks(doc: Document, store: KeyValueStore, sessionOnly: boolean): ChecklistTicks {
  const keys = new Map<HTMLInputElement, string>();
  doc.addEventListener('change', (event) => {
    const box = event.target;
    const key = box instanceof HTMLInputElement ? keys.get(box) : undefined;
    if (box instanceof HTMLInputElement && key !== undefined) store.set(key, box.checked ? '1' : '0');
  });
  if (sessionOnly) {
    doc.addEventListener(forgetSessionEvent, () => {
      keys.forEach((key, box) => {
        store.remove(key);
        box.checked = box.defaultChecked;
      });
    });
  }
  return {
    restore(section, lessonId) {
      const seen = new Map<string, number>();
      for (const box of Array.from(section.querySelectorAll<HTMLInputElement>('input[data-cw-tick]'))) {
        const words = box.getAttribute('data-cw-tick') ?? '';
        const count = seen.get(words) ?? 0;
        seen.set(words, count + 1);
        if (keys.has(box)) continue;
        const key = `tick:${lessonId}:${words}${count > 0 ? `:${count}` : ''}`;
        keys.set(box, key);
        // Ticked or unticked before this code came (it loads as the lesson shows): that is the newest.
        if (box.checked !== box.defaultChecked) store.set(key, box.checked ? '1' : '0');
        else {
          const kept = store.get(key);
          if (kept !== null) box.checked = kept === '1';
        }
      }
    },
  };
}
