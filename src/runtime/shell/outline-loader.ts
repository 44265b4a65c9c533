import { mergeLaterOutline, outlinePending } from '../../model/block-outline.js';
import { laterOutlineName } from '../../model/page-globals.js';
import type { PageData } from '../../model/runtime-data.js';
import { loadScript } from './load-script.js';

/** Completes a long course's page data with its later lessons' outline (`PageData.lessonCount`). */
export interface OutlineLoader {
  /**
   * True once `data` holds the whole course's outline: at once when the page had it all, after
   * loading `lessons/outline.js` otherwise. False when it could not be loaded; asked again, it is
   * requested again (the network may be back).
   */
  load(): Promise<boolean>;
}

/**
 * A loader of the later lessons' outline beside the lesson scripts (`<base>/lessons/outline.js`,
 * `base` being the core script's URL), merged into `data` in place: everything holding `data`
 * (the session, the view, the menu) sees the whole course from then on.
 */
export function createOutlineLoader(doc: Document, base: string, data: PageData): OutlineLoader {
  const win = doc.defaultView ?? window;
  let pending: Promise<boolean> | undefined;
  const merged = (): boolean => {
    const globals = win as unknown as Record<string, unknown>;
    return mergeLaterOutline(data, globals[laterOutlineName]);
  };
  return {
    load: () => {
      if (!outlinePending(data)) return Promise.resolve(true);
      pending ??= loadScript(doc, new URL('lessons/outline.js', base).href).then((ran) => {
        const ok = ran && merged();
        // Said where the learner needed it (start-course.ts): a background fetch that failed is nobody's error yet.
        if (!ok) pending = undefined;
        return ok;
      });
      return pending;
    },
  };
}
