import { lessonRegistryName } from '../../model/page-globals.js';
import type { LessonContent } from '../../model/runtime-data.js';
import { loadScript } from './load-script.js';

/** Gets the content of a lesson that is not in the page, loading its script the first time. */
export interface LessonLoader {
  /** The lesson's content; undefined when its script could not be loaded (asked for again, it is tried again). */
  load(index: number): Promise<LessonContent | undefined>;
  /** The lesson's content when its script has run already. */
  loaded(index: number): LessonContent | undefined;
}

/** The page's lesson registry: what the lesson scripts that have run put there, by lesson index. */
function lessonRegistry(win: Window): Partial<Record<number, LessonContent>> {
  const globals = win as unknown as Record<string, Partial<Record<number, LessonContent>> | undefined>;
  return (globals[lessonRegistryName] ??= {});
}

/**
 * A loader of the lesson scripts beside the core script: `<base>/lessons/<number>.js` (numbered
 * from 1), where `base` is the core script's URL (`assets/coursewright.js`). Each is one classic
 * `<script>`, which plays from `file://` and under the page's `script-src 'self'`. One that failed
 * to load (a flaky network) is requested again when asked for again; nothing else is retried.
 */
export function createLessonLoader(doc: Document, base: string): LessonLoader {
  const win = doc.defaultView ?? window;
  const pending = new Map<number, Promise<LessonContent | undefined>>();
  const loaded = (index: number): LessonContent | undefined => {
    const content = lessonRegistry(win)[index];
    return content && typeof content.html === 'string' && Array.isArray(content.blocks) ? content : undefined;
  };
  const load = (index: number): Promise<LessonContent | undefined> => {
    const ready = loaded(index);
    if (ready) return Promise.resolve(ready);
    let loading = pending.get(index);
    if (!loading) {
      const src = new URL(`lessons/${index + 1}.js`, base).href;
      loading = loadScript(doc, src).then((ran) => {
        const content = ran ? loaded(index) : undefined;
        if (content) return content;
        // Said where the learner asked for the lesson (lesson-pages.ts): a background fetch that
        // failed is nobody's error yet. Asked for again when the learner tries again or opens
        // the lesson: the network may be back.
        pending.delete(index);
        return undefined;
      });
      pending.set(index, loading);
    }
    return loading;
  };
  return { load, loaded };
}
