import { isScorm12Api, type Scorm12Api } from './scorm12-api.js';

/** ADL's sample stops after 7 parents; deep LMS frame sets need more, so use the common 500. */
const maxHops = 500;

/**
 * Finds the SCORM 1.2 `API` object (RTE 1.2 §3.3; standards §1.14): this window and its parents,
 * then the opener and its parents. Every cross-window access is guarded, since touching a
 * cross-origin frame throws.
 */
export function findScormApi(win: Window): Scorm12Api | undefined {
  return searchUp(win) ?? searchUp(read(() => win.opener as Window | null)) ?? searchUp(read(() => win.top?.opener as Window | null));
}

function searchUp(start: Window | null | undefined): Scorm12Api | undefined {
  let current = start;
  for (let hops = 0; current && hops <= maxHops; hops++) {
    const win = current;
    const api = read(() => (win as unknown as { API?: unknown }).API);
    if (isScorm12Api(api)) return api;
    const parent = read(() => win.parent);
    if (!parent || parent === win) return undefined;
    current = parent;
  }
  return undefined;
}

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
