/**
 * Runs `next` once the browser is idle (at the latest after 2 s), or at once where it cannot say:
 * work that must not compete with what the learner is doing, such as prefetching.
 */
export function afterIdle(win: Window, next: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(next, { timeout: 2000 });
  else win.setTimeout(next, 0);
}

/**
 * Background loads one at a time, each leaving the browser to the learner first: runs `next` now
 * and, each time the load it started has settled, again once the browser is idle, until it has
 * nothing left to load (returns undefined).
 */
export function oneAtATime(win: Window, next: () => Promise<unknown> | undefined): void {
  const turn = (): void => {
    const loading = next();
    if (loading) void loading.then(onward, onward);
  };
  const onward = (): void => afterIdle(win, turn);
  turn();
}
