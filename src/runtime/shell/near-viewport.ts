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
  const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (typeof Observer !== 'function') return { watch: near, forget: () => undefined };
  const observer = new Observer((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      near(entry.target);
    }
  }, { rootMargin: nearMargin });
  return { watch: (element) => observer.observe(element), forget: (element) => observer.unobserve(element) };
}
