import { isScorm12Api, type Scorm12Api } from './scorm12-api.js';

/** ADL's 1.2 sample stops after 7 parents; deep LMS frame sets need more, so use 2004's 500 (§2.9). */
const maxHops = 500;

/**
 * Finds the SCORM 1.2 `API` object (RTE 1.2 §3.3; standards §1.14): this window and its parents,
 * then the opener and its parents. Every cross-window access is guarded, since touching a
 * cross-origin frame throws.
 */
export function findScormApi(win: Window): Scorm12Api | undefined {
  return findApiObject(win, 'API', isScorm12Api);
}

/**
 * Finds the object an LMS put on a window under `name` (`API` for SCORM 1.2, `API_1484_11` for
 * SCORM 2004): this window and up to 500 parents, then `window.opener` and its parents, then
 * `window.top.opener` and its parents (standards §1.14, §2.9). Every step is guarded.
 */
export function findApiObject<T>(win: Window, name: string, isApi: (value: unknown) => value is T): T | undefined {
  return searchUp(win, name, isApi)
    ?? searchUp(read(() => win.opener as Window | null), name, isApi)
    ?? searchUp(read(() => win.top?.opener as Window | null), name, isApi);
}

function searchUp<T>(start: Window | null | undefined, name: string, isApi: (value: unknown) => value is T): T | undefined {
  let current = start;
  for (let hops = 0; current && hops <= maxHops; hops++) {
    const win = current;
    const api = read(() => (win as unknown as Record<string, unknown>)[name]);
    if (isApi(api)) return api;
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
