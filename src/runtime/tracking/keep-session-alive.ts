/** What a SCORM adapter tells the keep-alive (`keepSessionAlive`). */
export interface KeepAlive {
  /** The LMS was sent a commit just now. */
  committed(): void;
  /** The session ended: no more commits. */
  stop(): void;
}

/**
 * Keeps an LMS session in use while the learner only reads or watches: once `everyMs` (default
 * 10 minutes, a third of SuccessFactors' 30) passed with nothing committed and the learner can
 * see the page, `commit` tells the LMS the session is in use (SCORM: a commit with the session
 * time so far), so an LMS that ends idle sessions (SuccessFactors, after 30 minutes while the
 * course runs in its own window) does not end this one. A page left hidden is let go idle:
 * committing then would keep a session open for no one. Used by the SCORM adapters, in normal
 * mode, from the opening of the session until it ended or the page went (standards that send
 * nothing need none).
 */
export function keepSessionAlive(commit: () => void, everyMs = 10 * 60_000): KeepAlive {
  let last = Date.now();
  // Outside a page (the adapters' unit tests) there is nobody to keep the session for.
  if (typeof document === 'undefined') return { committed: () => undefined, stop: () => undefined };
  let timer: ReturnType<typeof setTimeout>;
  const later = (): void => {
    // Due `everyMs` after the last commit; after a turn that committed nothing (page hidden), `everyMs` later.
    const due = last + everyMs - Date.now();
    timer = setTimeout(() => {
      if (Date.now() - last >= everyMs && document.visibilityState === 'visible') commit();
      later();
    }, due > 0 ? due : everyMs);
  };
  later();
  return { committed: () => void (last = Date.now()), stop: () => clearTimeout(timer) };
}
