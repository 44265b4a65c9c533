import type { KeyValueStore } from '../storage/key-value-store.js';
import type { ChecklistTicks, createChecklistTicks } from './checklist-ticks.js';
import type { DeferredCode } from './deferred-code.js';
import { placeKey, type ReadingPlace, type createReadingPlace } from './reading-place.js';

/** The code of the feature script reading-aids.js (src/runtime/features/reading-aids.ts). */
export interface ReadingAidsCode {
  createChecklistTicks: typeof createChecklistTicks;
  createReadingPlace: typeof createReadingPlace;
}

/** What helps a learner read a lesson in more than one go: the ticks of its checklists, and the place they were reading. */
export interface ReadingAids {
  /**
   * A lesson is shown (`section`, in the page): its checklists' boxes get the learner's ticks and,
   * when the learner comes back to it (`returning`), it scrolls to the place they left.
   */
  shown(section: HTMLElement, lessonId: string, returning: boolean): void;
  /** The learner is reading: from now on, the place they are at is kept. */
  reading(): void;
}

/**
 * The reading aids, their code loaded (`code`) only when needed: a lesson with a checklist shown,
 * a learner coming back to a place kept on this device, or the learner reading for a few seconds.
 * So a fresh learner's first screen waits for none of it. `ticks` is where ticks are kept
 * (`sessionOnly`: the window's session storage), `place` the learner's device storage. Code that
 * could not be loaded (a flaky network) is asked for again the next time.
 */
export function createReadingAids(win: Window, code: DeferredCode<ReadingAidsCode>, stores: { ticks: KeyValueStore; sessionOnly: boolean; place: KeyValueStore }): ReadingAids {
  let started: Promise<{ ticks: ChecklistTicks; place: ReadingPlace } | undefined> | undefined;
  const start = (): NonNullable<typeof started> => {
    started ??= code.load().then((loaded) => {
      if (!loaded) started = undefined;
      return loaded && { ticks: loaded.createChecklistTicks(win.document, stores.ticks, stores.sessionOnly), place: loaded.createReadingPlace(win, stores.place) };
    });
    return started;
  };
  return {
    shown(section, lessonId, returning) {
      const back = returning && stores.place.get(placeKey) !== null;
      if (!back && !section.querySelector('input[data-cw-tick]')) return;
      void start().then((aids) => {
        aids?.ticks.restore(section, lessonId);
        if (back) aids?.place.restore(section, lessonId);
      });
    },
    reading: () => void start(),
  };
}
