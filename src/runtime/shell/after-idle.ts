/**
 * Runs `next` once the browser is idle (at the latest after 2 s), or at once where it cannot say:
 * work that must not compete with what the learner is doing, such as prefetching.
 */
export function afterIdle(win: Window, next: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(next, { timeout: 2000 });
  else win.setTimeout(next, 0);
}
