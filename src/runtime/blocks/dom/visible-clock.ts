/** Measures answer latency from when the learner could first see a question. */
export interface LatencyClock {
  /** Milliseconds since the question became visible (or since the last restart). */
  elapsed(): number;
  /** Start counting again, e.g. when the next question shows. */
  restart(): void;
}

/**
 * Lessons are mounted while hidden, so latency starts when the block first scrolls into view,
 * not when the page loads. Without IntersectionObserver it starts at mount.
 */
export function visibleClock(element: HTMLElement): LatencyClock {
  let start = Date.now();
  if (typeof IntersectionObserver === 'function') {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        start = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(element);
  }
  return {
    elapsed: () => Date.now() - start,
    restart: () => {
      start = Date.now();
    },
  };
}
