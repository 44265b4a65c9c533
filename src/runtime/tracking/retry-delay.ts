/** First wait after a failed send; it doubles with each failure in a row. */
const firstDelayMs = 2000;
/** Longest wait: a learner coming back to a flaky connection is not kept waiting longer. */
const maxDelayMs = 30000;

/** Milliseconds to wait before sending again after `failures` failures in a row (1, 2, …). */
export function nextRetryDelay(failures: number): number {
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, failures - 1));
}
