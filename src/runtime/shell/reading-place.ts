import type { KeyValueStore } from '../storage/key-value-store.js';

/** Where the learner was reading in the lesson shown. */
export interface ReadingPlace {
  /**
   * Scrolls lesson `lessonId` (its `section`, just shown) back to the part the learner was reading
   * when they left it on this device, and moves focus there; false when there is none to go back to.
   */
  restore(section: HTMLElement, lessonId: string): boolean;
}

/** What is kept: the lesson, the part (a child of its section) at the top of the screen, and that part's first words. */
interface Place {
  l: string;
  i: number;
  t: string;
}

/** The key of the place in the learner's device storage. */
export const placeKey = 'place';
/** Wait after the learner stops scrolling before writing the place down. */
const settleMs = 400;

/**
 * The part of a lesson the learner was reading, kept on this device (`store`, the learner's
 * device storage) as they scroll and when they leave, so a learner coming back to a long lesson
 * on the same phone or computer finds their paragraph, not the lesson's start (the learning
 * system keeps the lesson; this is the place within it, which it need not hold). A part is a
 * child of the lesson's section, known by its place and first words: a new version whose text
 * there is not the same starts at the top.
 */
export function createReadingPlace(win: Window, store: KeyValueStore): ReadingPlace {
  const doc = win.document;
  const note = (): void => {
    const section = doc.querySelector<HTMLElement>('.cw-lesson:not([hidden])');
    const lessonId = section?.id.replace(/^lesson-/, '');
    if (!section || !lessonId) return;
    const parts = Array.from(section.children) as HTMLElement[];
    const index = parts.findIndex((part) => part.getBoundingClientRect().bottom > 0);
    // At the top (the title still in sight), there is no place to go back to.
    if (index <= 0) return store.remove(placeKey);
    store.set(placeKey, JSON.stringify({ l: lessonId, i: index, t: wordsOf(parts[index]!) } satisfies Place));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  win.addEventListener('scroll', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(note, settleMs);
  }, { passive: true });
  win.addEventListener('pagehide', () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    note();
  });
  return {
    restore(section, lessonId) {
      const place = read(store.get(placeKey));
      const part = place?.l === lessonId ? (section.children[place.i] as HTMLElement | undefined) : undefined;
      if (!place || !part || wordsOf(part) !== place.t) return false;
      part.scrollIntoView({ block: 'start' });
      if (!part.hasAttribute('tabindex')) part.setAttribute('tabindex', '-1');
      part.focus({ preventScroll: true });
      return true;
    },
  };
}

/** The first words of a part, to know it again. */
function wordsOf(part: Element): string {
  return (part.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
}

function read(value: string | null): Place | undefined {
  try {
    const place = value === null ? undefined : (JSON.parse(value) as Partial<Place>);
    return typeof place?.l === 'string' && typeof place.i === 'number' && typeof place.t === 'string' ? (place as Place) : undefined;
  } catch {
    return undefined;
  }
}
