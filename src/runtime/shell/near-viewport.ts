/** Tells when elements come near the part of the page the learner sees. */
export interface NearViewport {
  /** Calls back once when `element` is within `nearMargin` of the viewport (at once if it is now). */
  watch(element: Element): void;
  /** Stops watching `element`. */
  forget(element: Element): void;
}

/**
 * Half a screen below and above the viewport: code asked for as a block comes that near is in
 * the page before the learner scrolls to the block (a local or LMS server answers in well under
 * the second that half a screen of reading takes). src/render/block-assets.ts sizes the first
 * screen to match.
 */
export const nearMargin = '50% 0px 50% 0px';

/**
 * Watches elements with an IntersectionObserver; `near` runs once per watched element, when it
 * first comes near the viewport. Where the browser has no IntersectionObserver, every element is
 * near at once (the code is loaded as soon as it is asked for, as before).
 */
export function createNearViewport(win: Window, near: (element: Element) => void): NearViewport {
  const observer = observeNear(win, nearMargin, near);
  if (!observer) return { watch: near, forget: () => undefined };
  return { watch: (element) => observer.observe(element), forget: (element) => observer.unobserve(element) };
}

/**
 * An IntersectionObserver that calls `near` once for each element it watches, when the element
 * comes within `margin` of what the learner sees; undefined where the browser has none.
 *
 * Against the implicit root (the viewport of the top page), browsers apply no margin to a page in
 * a frame of another origin than the top page, which is where many LMSs play a course (content on
 * a domain of their own or a CDN): blocks would load only once in view. There the course's own page
 * is the root, which the margin counts for. In the top page or a frame of its origin, the implicit
 * root stays: it is the viewport the learner sees, whichever page scrolls.
 */
export function observeNear(win: Window, margin: string, near: (element: Element) => void): IntersectionObserver | undefined {
  const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (typeof Observer !== 'function') return undefined;
  const seen = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      near(entry.target);
    }
  };
  let observer: IntersectionObserver;
  try {
    // A browser older than document roots (Chrome 81, Safari 14.1, Firefox 76) throws here.
    observer = inFrameOfAnotherOrigin(win) ? new Observer(seen, { root: win.document, rootMargin: margin }) : new Observer(seen, { rootMargin: margin });
  } catch {
    observer = new Observer(seen, { rootMargin: margin });
  }
  return observer;
}

function inFrameOfAnotherOrigin(win: Window): boolean {
  try {
    // Reading another origin's document throws.
    return win.top !== win && !win.top?.document;
  } catch {
    return true;
  }
}
