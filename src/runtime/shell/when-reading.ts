import { afterIdle } from './after-idle.js';

/** Work for once the learner is reading: fetching what a later click needs, so it is there, online or not. */
export interface WhenReading {
  /**
   * Runs `task` once, when the learner is reading, after the tasks added before it; added once
   * that moment has come, at the browser's next idle moment.
   */
  add(task: () => void): void;
}

/**
 * The moment background work may start: `delayMs` from now and then when the browser is idle, so
 * the first screen has the network to itself, or at once when the learner first presses a key or
 * moves focus in the page, whichever comes first. A learner on the move is past the first screen:
 * a keyboard or screen-reader user can reach a block still waiting for its code, or the Next
 * button, before the delay is up.
 */
export function whenReading(win: Window, delayMs: number): WhenReading {
  const tasks: (() => void)[] = [];
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    win.clearTimeout(timer);
    win.removeEventListener('keydown', start, true);
    win.removeEventListener('focusin', start, true);
    for (const task of tasks.splice(0)) task();
  };
  win.addEventListener('keydown', start, true);
  win.addEventListener('focusin', start, true);
  const timer = win.setTimeout(() => afterIdle(win, start), delayMs);
  return {
    add: (task) => {
      if (started) afterIdle(win, task);
      else tasks.push(task);
    },
  };
}
